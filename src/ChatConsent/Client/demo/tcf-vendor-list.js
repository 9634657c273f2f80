// @ts-check
// A tiny Global Vendor List in the IAB's JSON format, inline so that the demo CMP fetches nothing.
// Vendor 1 is a made-up entry of this list, not the vendor that id names in the IAB's real list.

const purposeNames = [
  'Store and/or access information on a device',
  'Use limited data to select advertising',
  'Create profiles for personalised advertising',
  'Use profiles to select personalised advertising',
  'Create profiles to personalise content',
  'Use profiles to select personalised content',
  'Measure advertising performance',
  'Measure content performance',
  'Understand audiences through statistics or combinations of data from different sources',
  'Develop and improve services',
  'Use limited data to select content',
];

const entries = (/** @type {string[]} */ names) =>
  Object.fromEntries(names.map((name, i) => [i + 1, { id: i + 1, name, description: name, illustrations: [] }]));

export const vendorList = {
  gvlSpecificationVersion: 3,
  vendorListVersion: 1,
  tcfPolicyVersion: 5,
  lastUpdated: '2026-12-01T00:00:00Z',
  purposes: entries(purposeNames),
  specialPurposes: entries(['Ensure security, prevent and detect fraud', 'Deliver and present content']),
  features: entries(['Match and combine data from other sources', 'Link different devices',
    'Identify devices based on information transmitted automatically']),
  specialFeatures: entries(['Use precise geolocation data', 'Actively scan device characteristics']),
  stacks: {},
  dataCategories: {},
  vendors: {
    1: {
      id: 1,
      name: 'Demo Analytics (made up)',
      purposes: [1, 8, 9],
      legIntPurposes: [],
      flexiblePurposes: [],
      specialPurposes: [],
      features: [],
      specialFeatures: [],
      cookieMaxAgeSeconds: 31536000,
      usesCookies: true,
      usesNonCookieAccess: false,
      urls: [{ langId: 'en', privacy: 'https://example.com/privacy' }],
    },
  },
};
