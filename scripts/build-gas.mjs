// Bundles src/gas/main.ts into build/Code.js with webpack + esbuild-loader + gas-webpack-plugin.
import webpack from 'webpack';
import GasPlugin from 'gas-webpack-plugin';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gasEntriesRead, gasEntryModuleWrite } from './build-gas-entries.mjs';

/** Modules that must never reach the Apps Script bundle (Node-only or far too large for it). */
const forbiddenModules = /[\\/](src[\\/]local|node_modules[\\/](hyperformula|exceljs|iconv-lite))[\\/]/;

function webpackConfig(root, glueFile, outDir) {
  return {
    mode: 'production',
    context: root,
    entry: glueFile,
    target: ['es2020'],
    devtool: false,
    output: { path: outDir, filename: 'Code.js', clean: false, iife: true, chunkFormat: false, chunkLoading: false },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'esbuild-loader',
          options: { loader: 'ts', target: 'es2020' },
        },
      ],
    },
    // Readable stack traces in the Apps Script execution log matter more than bytes.
    optimization: { minimize: false, concatenateModules: true, splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new GasPlugin({ comment: true, include: [glueFile] }),
      {
        apply(compiler) {
          compiler.hooks.normalModuleFactory.tap('ForbiddenModules', (factory) => {
            factory.hooks.afterResolve.tap('ForbiddenModules', (data) => {
              const resource = data.createData?.resource ?? '';
              if (forbiddenModules.test(resource)) {
                throw new Error(`${path.relative(root, resource)} must not be part of the Apps Script bundle`);
              }
            });
          });
        },
      },
    ],
  };
}

/** Records which source files went into Code.js (.cache/gas/modules.json), so a test can check the list. */
function modulesListWrite(root, stats) {
  const resources = new Set();
  for (const module of stats.compilation.modules) {
    const inner = module.modules ?? [module]; // a concatenated module lists its parts
    for (const part of inner) if (part.resource) resources.add(path.relative(root, part.resource).replace(/\\/g, '/'));
  }
  writeFileSync(path.join(root, '.cache', 'gas', 'modules.json'), `${JSON.stringify([...resources].sort(), null, 2)}\n`);
}

/** Builds build/Code.js; returns the entry points found in src/gas/main.ts. */
export async function gasBuild(root, outDir) {
  const mainFile = path.join(root, 'src', 'gas', 'main.ts');
  const glueFile = path.join(root, '.cache', 'gas', 'entry.js');
  const entries = gasEntriesRead(mainFile);
  gasEntryModuleWrite(entries, mainFile, glueFile);
  const stats = await new Promise((resolve, reject) => {
    webpack(webpackConfig(root, glueFile, outDir), (err, result) => (err ? reject(err) : resolve(result)));
  });
  if (stats.hasErrors()) {
    throw new Error(stats.toString({ all: false, errors: true, errorDetails: true }));
  }
  modulesListWrite(root, stats);
  return entries;
}
