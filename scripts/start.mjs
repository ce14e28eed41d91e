// `npm start`: installs what is missing, then serves the demo portal and prints its URL.
import { spawn } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
const port = process.env.PORT ?? '5173';
console.log(`\n  tailored-plan-kit demo: http://127.0.0.1:${port}/\n`);
const child = spawn('npx', ['vite', '--port', port, '--strictPort'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
