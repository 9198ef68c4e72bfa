// `@adobe/remark-gridtables` and its mdast utility ship JavaScript without type declarations.
declare module '@adobe/remark-gridtables' {
	const remarkGridTables: import('unified').Plugin<[], import('mdast').Root>;
	export default remarkGridTables;
}

declare module '@adobe/mdast-util-gridtables' {
	export function mdast2hastGridTablesHandler(): import('mdast-util-to-hast').Handler;
}
