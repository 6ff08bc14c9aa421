import type { AreaMessages } from '../AreaMessages';
import { ca } from './ca';
import { en } from './en';
import { es, type ShellKey } from './es';
import { eu } from './eu';
import { gl } from './gl';

/** The shell's strings (header, sign-in, catalogue, editor frame, checks, publish) in the five languages. @public */
export const shell: AreaMessages<ShellKey> = { es, ca, eu, gl, en };
