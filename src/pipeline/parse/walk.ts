/**
 * errdex's walks over document trees, with a stack of their own rather than the call stack: a
 * document decides how deep its tree is, and a walk that recursed once per level stopped the
 * build at a few thousand levels.
 */

/** Returned by a visitor: leave this node's children out of the walk. */
export const SKIP = Symbol('skip');

/** The children of a node of any unist tree (mdast, hast), if it has any. */
export function childrenOf<T>(node: T): readonly T[] | undefined {
	return (node as { children?: T[] }).children;
}

/**
 * Visits every node of a tree in document order, each before its children. `enter` gets the
 * state its parent handed down and returns the state for its own children, or `SKIP`.
 */
export function walkTree<T, S>(
	root: T,
	state: S,
	enter: (node: T, state: S) => S | typeof SKIP,
): void {
	const stack: [T, S][] = [[root, state]];
	while (stack.length > 0) {
		const [node, inherited] = stack.pop()!;
		const handed = enter(node, inherited);
		if (handed === SKIP) continue;
		const children = childrenOf(node);
		if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, handed]);
	}
}

/**
 * Visits every node of a tree with its children before it, in document order otherwise.
 * `leave` gets the state its parent handed down; `hand` says what a node hands its children.
 */
export function walkTreeAfter<T, S>(
	root: T,
	state: S,
	hand: (node: T, state: S) => S,
	leave: (node: T, state: S) => void,
): void {
	const stack: { node: T; state: S; open: boolean }[] = [{ node: root, state, open: false }];
	while (stack.length > 0) {
		const top = stack.at(-1)!;
		if (top.open) {
			stack.pop();
			leave(top.node, top.state);
			continue;
		}
		top.open = true;
		const children = childrenOf(top.node);
		if (!children) continue;
		const handed = hand(top.node, top.state);
		for (let i = children.length - 1; i >= 0; i--)
			stack.push({ node: children[i]!, state: handed, open: false });
	}
}

/**
 * `list.splice(start, count, ...items)` for any number of items: spreading a list whose length a
 * document decides into a call's arguments overflows the stack past some 100,000.
 */
export function replaceRange<T>(
	list: T[],
	start: number,
	count: number,
	items: readonly T[],
): void {
	const tail = list.splice(start + count);
	list.length = start;
	for (const item of items) list.push(item);
	for (const item of tail) list.push(item);
}
