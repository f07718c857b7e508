// What browsers have and jsdom lacks, which the app's dependencies use at import time.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
