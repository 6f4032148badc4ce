#!/usr/bin/env node
// The command-line entry: everything lives in the compiled CLI (node scripts/build.mjs).
import { main } from '../dist/src/cli/main.js';

await main(process.argv);
