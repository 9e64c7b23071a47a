/** Where a block sits in the Markdown: a paragraph, a paragraph inside a blockquote, a list item, or a heading. */
export type BlockKind = 'paragraph' | 'quote' | 'item' | 'heading';

/** One unit of text in a report body: the unit statements are found in, marked and anchored. */
export interface Block {
  /** 1-based number among the report's blocks, in document order (headings included). */
  index: number;
  kind: BlockKind;
  /** Plain text of the block (Markdown syntax removed), as display text. */
  text: string;
  /** 1-based line of the block's first line in the file. */
  line: number;
}
