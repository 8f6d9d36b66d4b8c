/**
 * Which look (classes and weight) each element on the canvas was last given, and the one place
 * looks reach Cytoscape: new elements are added with theirs (each styled once), and a perspective
 * switch, a filter or a focus touches only the elements whose look changed. The element under the
 * pointer keeps its "hovered" class through a switch.
 */
import type { CollectionReturnValue, Core, EdgeSingular, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import type { ActorNode, RelationEdge } from '../view/elements';
import type { ElementLook } from '../view/looks';
import { lookClasses } from './look-classes';

/** What an element was last given: the look record (to skip unchanged ones without converting them), its classes and weight. */
interface Applied {
  readonly look: ElementLook;
  readonly classes: string;
  readonly weight: number;
}

export type Looks = ReadonlyMap<string, ElementLook>;

export class LookSync {
  readonly #applied = new Map<string, Applied>();
  /** The element under the pointer (set by the canvas's events). */
  hoveredId: string | undefined;

  /** Forgets every element (a new graph). */
  clear(): void {
    this.#applied.clear();
  }

  /** Forgets the elements that are no longer on the canvas. */
  keepOnly(wanted: ReadonlySet<string>): void {
    for (const id of [...this.#applied.keys()]) if (!wanted.has(id)) this.#applied.delete(id);
  }

  /** The definition Cytoscape adds: with its look's classes and weight when there is one (styled once). */
  withLook(def: ActorNode | RelationEdge, looks: Looks | undefined): ElementDefinition {
    const look = looks?.get(def.data.id);
    if (!look) return { ...def, data: { ...def.data, weight: 1 } };
    const classes = lookClasses(look);
    this.#applied.set(def.data.id, { look, classes, weight: look.weight });
    return { ...def, data: { ...def.data, weight: def.group === 'edges' ? look.weight : 1 }, classes };
  }

  /**
   * Gives the elements whose look changed their new classes and weights, in one batch. Unchanged
   * elements cost one map lookup (the same look record) or one string comparison, and are never
   * touched; elements that get the same classes are given them as one collection (one event and one
   * style update per distinct look: at 5,000 elements per-element calls were most of a switch), and
   * edges that get the same weight likewise.
   */
  apply(cy: Core, looks: Looks): void {
    const byClasses = new Map<string, CollectionReturnValue>();
    const byWeight = new Map<number, CollectionReturnValue>();
    const add = <K>(groups: Map<K, CollectionReturnValue>, key: K, element: SingularElementReturnValue): void => {
      const group = groups.get(key);
      // (merge adds in place: no new collection per element)
      if (group) group.merge(element);
      else groups.set(key, cy.collection().merge(element));
    };
    for (const [id, look] of looks) {
      const before = this.#applied.get(id);
      if (before?.look === look) continue;
      const classes = lookClasses(look);
      if (before && before.classes === classes && before.weight === look.weight) {
        this.#applied.set(id, { look, classes, weight: look.weight });
        continue;
      }
      const element = cy.getElementById(id);
      if (element.empty()) continue;
      this.#applied.set(id, { look, classes, weight: look.weight });
      if (before?.classes !== classes) add(byClasses, id === this.hoveredId ? `${classes} hovered` : classes, element);
      if (element.isEdge() && (element as EdgeSingular).data('weight') !== look.weight) add(byWeight, look.weight, element);
    }
    if (byClasses.size === 0 && byWeight.size === 0) return;
    cy.batch(() => {
      for (const [classes, elements] of byClasses) elements.classes(classes);
      for (const [weight, edges] of byWeight) edges.data('weight', weight);
    });
  }
}

/**
 * Gives an element the "hovered" class or takes it away, with a class set of its own: elements
 * given their classes together (LookSync.apply) share one set in Cytoscape, which addClass and
 * removeClass would change in place for all of them.
 */
export function setHovered(element: SingularElementReturnValue, on: boolean): void {
  const own = element.classes().filter((c) => c !== 'hovered');
  element.classes(on ? [...own, 'hovered'] : own);
}
