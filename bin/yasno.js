#!/usr/bin/env -S node --max-semi-space-size=2
// The command-line entry: everything lives in the compiled CLI (node scripts/build.mjs).
// A check is short-lived and allocates in bursts: a small young generation (the flag above)
// keeps the process well under 150 MB for the price of a few more cheap scavenges.
import { main } from '../dist/src/cli/main.js';

await main(process.argv);
