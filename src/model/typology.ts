/**
 * The fixed relation typology. Each type maps to a CAMEO root code (01–20) and to its
 * QuadClass, so edges can be coloured the way event-data researchers read them
 * (Schrodt, CAMEO Event Data Codebook 1.1b3; QuadClass as in the Phoenix/ICEWS datasets).
 * This is the single definition: the schema's enum, the docs table and the UI legend all derive from it.
 */

export const QUAD_CLASSES = {
  1: { id: 1, label: 'Verbal cooperation' },
  2: { id: 2, label: 'Material cooperation' },
  3: { id: 3, label: 'Verbal conflict' },
  4: { id: 4, label: 'Material conflict' },
} as const;

export type QuadClassId = keyof typeof QUAD_CLASSES;

export interface RelationTypeInfo {
  readonly id: string;
  readonly label: string;
  /** CAMEO root code, two digits. */
  readonly cameo: string;
  readonly cameoLabel: string;
  readonly quadClass: QuadClassId;
  /** When to use it, for the people who author data. */
  readonly use: string;
}

export const RELATION_TYPES = [
  {
    id: 'statement',
    label: 'Public statement',
    cameo: '01',
    cameoLabel: 'Make public statement',
    quadClass: 1,
    use: 'Says something about the other in public: a characterisation, a toast, a thank-you, an assessment.',
  },
  {
    id: 'appeal',
    label: 'Appeal',
    cameo: '02',
    cameoLabel: 'Appeal',
    quadClass: 1,
    use: 'Calls on or urges the other to act; asks for aid, restraint, clarification or a concession.',
  },
  {
    id: 'intent-to-cooperate',
    label: 'Offer or intent to cooperate',
    cameo: '03',
    cameoLabel: 'Express intent to cooperate',
    quadClass: 1,
    use: 'Offers, proposes or promises cooperation: a bargain, a commitment, a reset, a guarantee.',
  },
  {
    id: 'consult',
    label: 'Talks and visits',
    cameo: '04',
    cameoLabel: 'Consult',
    quadClass: 1,
    use: 'Visits, meetings, phone calls, negotiations, hosting talks.',
  },
  {
    id: 'diplomatic-cooperation',
    label: 'Diplomatic cooperation',
    cameo: '05',
    cameoLabel: 'Engage in diplomatic cooperation',
    quadClass: 1,
    use: 'Praise, endorsement, recognition, mediation, diplomatic normalisation.',
  },
  {
    id: 'material-cooperation',
    label: 'Material cooperation',
    cameo: '06',
    cameoLabel: 'Engage in material cooperation',
    quadClass: 2,
    use: 'Economic, military or security cooperation and integration: trade, investment, alliance, the Union State, dependence.',
  },
  {
    id: 'aid',
    label: 'Aid and support',
    cameo: '07',
    cameoLabel: 'Provide aid',
    quadClass: 2,
    use: 'Gives economic, military, logistical or political support: hosting troops for a war, backing a regime.',
  },
  {
    id: 'yield',
    label: 'Concession',
    cameo: '08',
    cameoLabel: 'Yield',
    quadClass: 2,
    use: 'Releases prisoners, eases or lifts sanctions, de-escalates, scales back exercises.',
  },
  { id: 'demand', label: 'Demand', cameo: '10', cameoLabel: 'Demand', quadClass: 3, use: 'Demands or sets a condition: "only if", insists on.' },
  {
    id: 'disapprove',
    label: 'Criticism',
    cameo: '11',
    cameoLabel: 'Disapprove',
    quadClass: 3,
    use: 'Criticises, accuses, condemns, blames, calls illegitimate.',
  },
  { id: 'reject', label: 'Rejection', cameo: '12', cameoLabel: 'Reject', quadClass: 3, use: 'Rejects a proposal, a demand or a plan; refuses to recognise.' },
  { id: 'threaten', label: 'Threat', cameo: '13', cameoLabel: 'Threaten', quadClass: 3, use: 'Threatens force, strikes, sanctions or a strong response.' },
  {
    id: 'force-posture',
    label: 'Military posture',
    cameo: '15',
    cameoLabel: 'Exhibit force posture',
    quadClass: 4,
    use: 'Deploys troops or nuclear weapons, holds exercises, sabre-rattles along a border.',
  },
  {
    id: 'reduce-relations',
    label: 'Sanctions and isolation',
    cameo: '16',
    cameoLabel: 'Reduce relations',
    quadClass: 4,
    use: 'Imposes sanctions, isolates, recalls or expels diplomats, closes airspace or borders.',
  },
  {
    id: 'coerce',
    label: 'Coercion and repression',
    cameo: '17',
    cameoLabel: 'Coerce',
    quadClass: 4,
    use: 'Arrests, imprisons, represses, forces down a plane, weaponises migration, hybrid pressure.',
  },
  { id: 'fight', label: 'Armed aggression', cameo: '19', cameoLabel: 'Fight', quadClass: 4, use: 'Wages war, invades, strikes territory.' },
] as const satisfies readonly RelationTypeInfo[];

export type RelationTypeId = (typeof RELATION_TYPES)[number]['id'];

export const RELATION_TYPE_IDS = RELATION_TYPES.map((t) => t.id) as [RelationTypeId, ...RelationTypeId[]];

const TYPES_BY_ID: ReadonlyMap<string, RelationTypeInfo> = new Map(RELATION_TYPES.map((t) => [t.id, t]));

export function relationTypeInfo(id: RelationTypeId): RelationTypeInfo {
  const info = TYPES_BY_ID.get(id);
  if (!info) throw new Error(`typology: unknown relation type "${id}"`);
  return info;
}
