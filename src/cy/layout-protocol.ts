/**
 * The messages between the main thread (layout-client.ts) and the layout worker
 * (fcose-layout.worker.ts). Element definitions go in as plain data; positions come back.
 */
import type { ElementDefinition } from 'cytoscape';
import type { LayoutPurpose } from '../layout/purpose';
import type { LayoutResult, LayoutStage } from './run-layout';

/** Main thread -> worker: lay these elements out, or warm up (one throwaway layout, no answer). */
export type LayoutRequestMessage =
  | {
      readonly type: 'layout';
      readonly id: number;
      readonly elements: readonly ElementDefinition[];
      readonly purpose: LayoutPurpose;
      readonly seed?: number | undefined;
    }
  | { readonly type: 'warm-up' };

/** Worker -> main thread. */
export type LayoutResponseMessage =
  /** The worker has loaded Cytoscape and fcose and takes requests. */
  | { readonly type: 'ready' }
  | { readonly type: 'stage'; readonly id: number; readonly stage: LayoutStage }
  | { readonly type: 'done'; readonly id: number; readonly result: LayoutResult }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
