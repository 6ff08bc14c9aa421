import common from '../json/common.json';
import type { Channel } from './generated/common';

/** The channels a step can be performed on (`common.json#/$defs/channel`): agent console and self-service. @public */
export const CHANNELS = common.$defs.channel.enum as readonly Channel[];
