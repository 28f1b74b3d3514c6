// Next.js's ambient types (CSS modules, images) normally arrive through the generated, git-ignored
// next-env.d.ts; referencing them here keeps `tsc --noEmit` working on a clean clone before any build.
/// <reference types="next" />
