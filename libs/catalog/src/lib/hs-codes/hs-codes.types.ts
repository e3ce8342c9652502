export interface HsSection {
  /** Roman numeral, 'I' to 'XXI'. */
  readonly code: string;
  readonly name: string;
}

export interface HsChapter {
  /** Two digits, e.g. '84'. */
  readonly code: string;
  readonly description: string;
  readonly section: HsSection;
}

export interface HsSubheading {
  /** Six digits without dots, e.g. '841360'. */
  readonly code: string;
  readonly description: string;
  /** Two digits, e.g. '84'. */
  readonly chapter: string;
  /** Roman numeral, e.g. 'XVI'. */
  readonly section: string;
}
