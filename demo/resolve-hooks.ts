// Lets plain Node run the demo on the test harness's TypeScript: `@/` means the project root (as WXT's alias does),
// and an import without an extension finds `<name>.ts` or `<name>/index.ts` (as Vite does).
import { existsSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

function asTypeScript(path: string): string | undefined {
  if (existsSync(path) && statSync(path).isFile()) return path;
  return [`${path}.ts`, join(path, 'index.ts')].find((candidate) => existsSync(candidate));
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    const ours = context.parentURL?.startsWith(pathToFileURL(root).href) && !context.parentURL.includes('/node_modules/');
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (ours && (specifier.startsWith('@/') || relative)) {
      const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : fileURLToPath(new URL(specifier, context.parentURL));
      const file = asTypeScript(base);
      if (file) return { url: pathToFileURL(file).href, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
