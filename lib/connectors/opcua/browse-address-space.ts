/**
 * Lists the variables under the server's Objects folder for picking tags to map: NodeId, path of
 * display names, data type, engineering unit and description. Walks hierarchical references
 * (not properties) breadth first, skips the standard Server object (diagnostics only), and stops
 * at BROWSE_LIMITS so a huge server answers quickly.
 */
import {
  AttributeIds,
  BrowseDirection,
  DataType,
  NodeClass,
  NodeClassMask,
  resolveNodeId,
  type BrowseDescriptionLike,
  type ClientSession,
  type ReferenceDescription,
} from 'node-opcua-client';
import type { BrowsedTag } from '../connector';

export const BROWSE_LIMITS = { maxDepth: 8, maxTags: 5000, maxNodes: 20_000 };
/** Nodes per Browse/Read request (servers cap operations per call; 250 stays under common limits). */
const CHUNK = 250;

const OBJECTS_FOLDER = 'ns=0;i=85';
const SERVER_OBJECT = 'ns=0;i=2253';
const HAS_PROPERTY = 'ns=0;i=46';

interface Found {
  nodeId: string;
  path: string;
}

export async function browseAddressSpace(session: ClientSession, limits = BROWSE_LIMITS): Promise<BrowsedTag[]> {
  const variables: Found[] = [];
  const seen = new Set([OBJECTS_FOLDER, SERVER_OBJECT]);
  let level: Found[] = [{ nodeId: OBJECTS_FOLDER, path: '' }];
  for (let depth = 0; depth < limits.maxDepth && level.length > 0; depth++) {
    const children = await browseChildren(session, level, {
      referenceTypeId: 'HierarchicalReferences',
      nodeClassMask: NodeClassMask.Object | NodeClassMask.Variable,
    });
    const next: Found[] = [];
    for (const { parent, reference } of children) {
      const nodeId = reference.nodeId.toString();
      if (reference.referenceTypeId.toString() === HAS_PROPERTY || seen.has(nodeId)) continue;
      if (seen.size >= limits.maxNodes || variables.length >= limits.maxTags) break;
      seen.add(nodeId);
      const found = { nodeId, path: joinPath(parent.path, reference.displayName.text ?? reference.browseName.name) };
      if (reference.nodeClass === NodeClass.Variable) variables.push(found);
      next.push(found);
    }
    level = next;
  }
  return describeVariables(session, variables);
}

async function describeVariables(session: ClientSession, variables: Found[]): Promise<BrowsedTag[]> {
  const tags: BrowsedTag[] = [];
  for (let i = 0; i < variables.length; i += CHUNK) {
    const chunk = variables.slice(i, i + CHUNK);
    const attributes = await session.read(
      chunk.flatMap((v) => [
        { nodeId: v.nodeId, attributeId: AttributeIds.DataType },
        { nodeId: v.nodeId, attributeId: AttributeIds.Description },
      ]),
    );
    const units = await engineeringUnits(session, chunk);
    chunk.forEach((v, k) => {
      const dataType = dataTypeName(attributes[2 * k]?.value.value);
      const description = (attributes[2 * k + 1]?.value.value as { text?: string | null } | null)?.text;
      tags.push({
        externalTag: v.nodeId,
        displayName: v.path,
        ...(dataType ? { dataType } : {}),
        ...(units[k] ? { unit: units[k] } : {}),
        ...(description ? { description } : {}),
      });
    });
  }
  return tags;
}

/** The EngineeringUnits property's display name per variable (AnalogItem), or null. */
async function engineeringUnits(session: ClientSession, variables: Found[]): Promise<(string | null)[]> {
  const properties = await browseChildren(session, variables, {
    referenceTypeId: HAS_PROPERTY,
    nodeClassMask: NodeClassMask.Variable,
  });
  const unitNode = new Map<string, string>();
  for (const { parent, reference } of properties) {
    if (reference.browseName.name === 'EngineeringUnits') unitNode.set(parent.nodeId, reference.nodeId.toString());
  }
  const withUnits = variables.filter((v) => unitNode.has(v.nodeId));
  if (withUnits.length === 0) return variables.map(() => null);
  const values = await session.read(
    withUnits.map((v) => ({ nodeId: unitNode.get(v.nodeId)!, attributeId: AttributeIds.Value })),
  );
  const unitOf = new Map(
    withUnits.map((v, k) => {
      const info = values[k]?.value.value as { displayName?: { text?: string | null } } | null;
      return [v.nodeId, info?.displayName?.text || null] as const;
    }),
  );
  return variables.map((v) => unitOf.get(v.nodeId) ?? null);
}

/** Forward references of each parent, following continuation points. */
async function browseChildren(
  session: ClientSession,
  parents: Found[],
  filter: { referenceTypeId: string; nodeClassMask: number },
) {
  const out: { parent: Found; reference: ReferenceDescription }[] = [];
  for (let i = 0; i < parents.length; i += CHUNK) {
    const chunk = parents.slice(i, i + CHUNK);
    const requests: BrowseDescriptionLike[] = chunk.map((p) => ({
      nodeId: p.nodeId,
      browseDirection: BrowseDirection.Forward,
      includeSubtypes: true,
      resultMask: 0x3f,
      ...filter,
    }));
    const results = await session.browse(requests);
    for (const [k, result] of results.entries()) {
      const parent = chunk[k]!;
      let references = result.references ?? [];
      let continuationPoint = result.continuationPoint;
      for (;;) {
        for (const reference of references) out.push({ parent, reference });
        if (!continuationPoint || continuationPoint.length === 0) break;
        const more = await session.browseNext(continuationPoint, false);
        references = more.references ?? [];
        continuationPoint = more.continuationPoint;
      }
    }
  }
  return out;
}

/** Built-in types by name ("Double"), others as their NodeId. */
function dataTypeName(value: unknown): string | undefined {
  if (!value) return undefined;
  const nodeId = resolveNodeId(value as Parameters<typeof resolveNodeId>[0]);
  if (nodeId.namespace === 0 && typeof nodeId.value === 'number' && DataType[nodeId.value]) {
    return DataType[nodeId.value];
  }
  return nodeId.toString();
}

function joinPath(parent: string, name: string | null) {
  return parent ? `${parent}/${name ?? '?'}` : (name ?? '?');
}
