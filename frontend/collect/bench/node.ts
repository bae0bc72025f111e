/** Node entry of the collector benchmarks (fake-indexeddb). */
import { draftSave, search5000, sync5000 } from './collector-bench.js';

const only = (globalThis as { process?: { argv: string[] } }).process?.argv[2];
if (!only || only === 'draft') console.log(await draftSave());
if (!only || only === 'search') search5000();
if (!only || only === 'sync') await sync5000();
