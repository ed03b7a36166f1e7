/**
 * Tag colours dark enough for white text to meet WCAG AA (4.5:1); Ant Design's preset
 * light tags (green text on pale green …) do not.
 */
export const TONE = {
  blue: '#0958d9',
  green: '#237804',
  purple: '#531dab',
  gold: '#874d00',
  orange: '#ad4e00',
  red: '#a8071a',
} as const;

export const KIND_TONE = { capacity: TONE.blue, equipment: TONE.green, ip: TONE.purple } as const;
