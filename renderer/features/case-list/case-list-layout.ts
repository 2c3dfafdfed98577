/** The height of one case in the list (px): title, status and dates, tags. Every row has it (virtualized). */
export const CASE_ROW_HEIGHT = 82;
