import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 (hex) of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Runs a command to completion; rejects with its stderr when it exits non-zero. `secretArgs`
 * are passed to the process but never appear in the error message (connection strings carry
 * passwords).
 */
export function run(command: string, args: readonly string[], opts: { secretArgs?: readonly string[]; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, ...(opts.secretArgs ?? [])], { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? `${command} is not installed (apt-get install postgresql-client / tar)` : error.message)),
    );
    child.once('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}): ${err.trim().slice(0, 2000)}`));
    });
  });
}

/** Packs the files of `dir` (flat) into an uncompressed tar: the parts are compressed already. */
export async function packTar(dir: string, names: readonly string[], out: string): Promise<void> {
  await run('tar', ['-cf', out, '-C', dir, '--', ...names]);
}

export async function unpackTar(file: string, dir: string): Promise<void> {
  await run('tar', ['-xf', file, '-C', dir, '--no-same-owner']);
}
