// The test programs of one package, from `cargo test --no-run --message-format=json` on stdin:
// one path per line (for scripts/test.sh, which runs them again against PostgreSQL).
import { createInterface } from 'node:readline';

const [pkg] = process.argv.slice(2);
if (!pkg) {
  console.error('usage: cargo test --no-run --message-format=json | node scripts/test-programs.mjs PACKAGE');
  process.exit(2);
}
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.startsWith('{')) continue;
  const message = JSON.parse(line);
  const ofPackage = message.package_id?.includes(`/${pkg}#`) || message.package_id?.includes(`#${pkg}@`);
  if (message.reason === 'compiler-artifact' && message.profile?.test && message.executable && ofPackage) {
    console.log(message.executable);
  }
}
