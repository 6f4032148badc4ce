// The registry: every rule, sorted by id. A rule is a module with meta and check().
import type { Rule } from '../src/engine/rule.js';
import evasive from './evasive.js';
import longSentence from './long-sentence.js';

export const rules: readonly Rule[] = [evasive, longSentence].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
