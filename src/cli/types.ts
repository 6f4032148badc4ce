/// <reference types="node" />
// What the CLI passes between its steps (and to worker threads: plain, cloneable data only).
import type { InputFormat, LintOptions, Readability, YasnoMessage } from '../index.js';

export interface Task {
  /** Absolute path, or null for standard input. */
  file: string | null;
  /** The path shown to the user (relative to the working folder, with forward slashes). */
  display: string;
  /** Standard input's bytes. */
  bytes?: Uint8Array;
  options: LintOptions;
  /** The config file the options came from, to name it in errors. */
  configFile?: string;
  format?: InputFormat;
  encoding?: string;
  fix: boolean;
}

export interface FileResult {
  path: string;
  messages: YasnoMessage[];
  readability: Readability | null;
  /** A one-line Russian error: the file could not be checked. */
  error?: string;
  /** How many safe fixes were written. */
  fixed?: number;
}

export interface ReportOptions {
  color: boolean;
  quiet: boolean;
  cwd: string;
}
