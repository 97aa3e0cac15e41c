/**
 * The languages replies are read in: one table per language, in the order of
 * ../languages (the tag of a phrase is its language's index in both lists).
 */
import type { ReplyCues } from './reply-cues';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { it } from './it';
import { nl } from './nl';

export type { ReplyCues } from './reply-cues';

export const replyLanguages: readonly ReplyCues[] = [en, de, fr, es, it, nl];
