/** The tables people write, documented column by column in data/README.md. */
import { INDICATORS, SOURCES } from './catalogue.ts';
import { OBSERVATIONS } from './observations.ts';

export const DOCUMENTED_TABLES = [OBSERVATIONS, INDICATORS, SOURCES] as const;
