/**
 * A conversation's addresses: an exact-length array while there are few (most conversations
 * have two to five people: an array costs a tenth of a Set's memory and is searched as fast),
 * a Set once there are many, so that a conversation copying thousands of new addresses in
 * every message is not searched address by address.
 */
export type AddressSet = string[] | Set<string>;

/** Up to this many, an array. */
const SMALL = 16;

export function hasAddress(set: AddressSet, address: string): boolean {
  return Array.isArray(set) ? set.includes(address) : set.has(address);
}

/**
 * The set with the items it lacked (the same set, a new array, or a Set once it has grown
 * past SMALL), and those items in order.
 */
export function withNew(
  set: AddressSet,
  items: Iterable<string>,
): { set: AddressSet; added: string[] } {
  const added: string[] = [];
  if (!Array.isArray(set)) {
    for (const item of items) {
      if (set.has(item)) continue;
      set.add(item);
      added.push(item);
    }
    return { set, added };
  }
  const list = [...items];
  if (list.length <= SMALL) {
    // Few on both sides (an array holds at most SMALL): searched in place, a few hundred steps at most.
    for (const item of list) if (!set.includes(item) && !added.includes(item)) added.push(item);
    if (added.length === 0) return { set, added };
    return {
      set: set.length + added.length > SMALL ? new Set([...set, ...added]) : set.concat(added),
      added,
    };
  }
  // Many: looked up in a Set while they are added.
  const seen = new Set(set);
  for (const item of list) {
    if (seen.has(item)) continue;
    seen.add(item);
    added.push(item);
  }
  if (added.length === 0) return { set, added };
  return { set: seen.size > SMALL ? seen : set.concat(added), added };
}
