import { execSync } from 'node:child_process';

/** The end-to-end tests run against the real built extension. */
export default function globalSetup(): void {
  execSync('npx wxt build', { stdio: 'inherit' });
}
