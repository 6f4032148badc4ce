// The registry: every rule, sorted by id. A rule is a module with meta and check().
import type { Rule } from '../src/engine/rule.js';
import abbreviation from './abbreviation.js';
import aggression from './aggression.js';
import brushOff from './brush-off.js';
import bureaucratese from './bureaucratese.js';
import callClosing from './call-closing.js';
import callIntroduction from './call-introduction.js';
import callPurpose from './call-purpose.js';
import complexTerm from './complex-term.js';
import denial from './denial.js';
import evasive from './evasive.js';
import excuse from './excuse.js';
import grammar from './grammar.js';
import greeting from './greeting.js';
import longSentence from './long-sentence.js';
import negativeTone from './negative-tone.js';
import noSolution from './no-solution.js';
import noticeChannel from './notice-channel.js';
import noticeDeadline from './notice-deadline.js';
import noticeMissingItems from './notice-missing-items.js';
import noticeOfferFix from './notice-offer-fix.js';
import noticeOfferReapply from './notice-offer-reapply.js';
import punctuation from './punctuation.js';
import resultChannel from './result-channel.js';
import sarcasm from './sarcasm.js';
import spelling from './spelling.js';

export const rules: readonly Rule[] = [abbreviation, aggression, brushOff, bureaucratese, callClosing, callIntroduction, callPurpose, complexTerm, denial, evasive, excuse, grammar, greeting, longSentence, negativeTone, noSolution, noticeChannel, noticeDeadline, noticeMissingItems, noticeOfferFix, noticeOfferReapply, punctuation, resultChannel, sarcasm, spelling].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
