import type { Capital } from '../capitals';

/** What a gazetteer name refers to: a person, an institution, or a place standing for a government. */
export type ActorType = 'person' | 'body' | 'metonym';

/** A name as compiled from the gazetteer, with the term in which it speaks for its actor. */
export interface ActorName {
  /** Stable id of the actor (`aliyev`, `ru-mfa`); two spellings of one actor share it. */
  id: string;
  type: ActorType;
  /** The capital(s) the actor speaks for; empty for non-capital actors and news sources. */
  capitals: Capital[];
  /** `capital`, `other` (an actor that is none of the three governments) or `source` (news media). */
  role: 'capital' | 'other' | 'source';
  /** For `other`: its category (`karabakh`, `iran`, `eu`, `former`…). */
  category?: string | undefined;
  /** Term as `YYYY[-MM[-DD]]`; inclusive; undefined = open. */
  from?: string | undefined;
  to?: string | undefined;
  /** True for an office title ("Russian Foreign Minister") that resolves to its holder. */
  title?: boolean | undefined;
}

/** The compiled gazetteer: every spelling of every actor, project-wide plus per content folder. */
export interface Gazetteer {
  /** Display spelling → the names it may stand for (several when terms differ). */
  readonly names: ReadonlyArray<readonly [string, ActorName]>;
  /** Files it was built from, in merge order. */
  readonly files: readonly string[];
}
