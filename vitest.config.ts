// Unit and component tests: Node for the build plugin, jsdom for the app.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'plugin',
          environment: 'node',
          include: ['plugin/**/*.test.ts', 'src/model/**/*.test.ts', 'test/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
          exclude: ['src/model/**'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
