// @ts-check
// Browser tests against the production server; run through `npm run test:e2e` (tests/e2e/run.ts), which starts a
// seeded lake and `next start` and passes BASE_URL, LAKE_URL and SEED_PATH.
import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  maxWorkers: 1,
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testTimeout: 60000,
}

export default createJestConfig(config)
