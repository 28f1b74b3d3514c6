// @ts-check
import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/lib', '<rootDir>/sanity', '<rootDir>/components'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/', '/.next/'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // `server-only` throws outside a React Server environment; tests import server modules directly.
    '^server-only$': '<rootDir>/tests/support/empty-module.js',
  },
  testTimeout: 30000,
}

export default createJestConfig(config)
