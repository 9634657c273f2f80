// Encodes a set of TC models with the IAB reference library (@iabtcf/core) and writes
// tc-strings.json: each TC string beside every field the reference decoder reads back from it.
// The C# decoder tests compare their own decoding against these expectations.
// Run: npm ci && npm run generate (no network beyond npm: the vendor list is inline).
// @ts-check
import { writeFileSync } from 'node:fs';
import {
  GVL, PurposeRestriction, RestrictionType, Segment, TCModel, TCString, VendorVectorEncoder,
} from '@iabtcf/core';

const purposeIds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** @param {number[]} ids */
const named = (ids) => Object.fromEntries(ids.map((id) => [id, { id, name: `item ${id}` }]));

/**
 * A small vendor list; vendor ids are chosen so that some vectors encode as bit fields and
 * others as ranges. Every vendor declares purposes so the pre-encoder keeps its signals.
 * @param {number} version
 * @param {number[]} vendorIds
 */
function vendorList(version, vendorIds) {
  const vendors = Object.fromEntries(vendorIds.map((id) => [id, {
    id,
    name: `vendor ${id}`,
    purposes: [1, 2, 7],
    legIntPurposes: [8, 10],
    flexiblePurposes: [2, 8, 10],
    specialPurposes: [1],
    features: [],
    specialFeatures: [],
    policyUrl: 'https://vendor.example/privacy',
  }]));
  return {
    gvlSpecificationVersion: 3,
    vendorListVersion: version,
    tcfPolicyVersion: 5,
    lastUpdated: '2025-06-01T00:00:00Z',
    purposes: named(purposeIds),
    specialPurposes: named([1, 2, 3]),
    features: named([1, 2, 3]),
    specialFeatures: named([1, 2]),
    stacks: {},
    vendors,
  };
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The models to encode: each names what it exercises. */
const cases = [
  {
    name: 'bitfield-vendors-publisher-custom-purposes',
    gvl: vendorList(48, range(1, 40)),
    language: 'EN',
    model: {
      cmpId: 880, cmpVersion: 3, consentScreen: 2, publisherCountryCode: 'DE', policyVersion: 5,
      isServiceSpecific: true, useNonStandardTexts: false, purposeOneTreatment: false,
      specialFeatureOptins: [1], purposeConsents: [1, 2, 7, 9, 10],
      purposeLegitimateInterests: [2, 8, 11], vendorConsents: [1, 2, 3, 5, 8, 13, 21, 34],
      vendorLegitimateInterests: [2, 4, 6], publisherConsents: [1, 2, 10],
      publisherLegitimateInterests: [7], customPurposes: 3, publisherCustomConsents: [1, 3],
      publisherCustomLegitimateInterests: [2],
    },
    segments: [Segment.CORE, Segment.PUBLISHER_TC],
  },
  {
    name: 'range-vendors-with-disclosed-vendors',
    gvl: vendorList(133, [10, 11, 12, 13, 14, 15, 700, 701, 702, 703, 755, 943, 1200]),
    language: 'FR',
    model: {
      cmpId: 7, cmpVersion: 120, consentScreen: 1, publisherCountryCode: 'FR', policyVersion: 5,
      isServiceSpecific: true, useNonStandardTexts: true, purposeOneTreatment: false,
      specialFeatureOptins: [1, 2], purposeConsents: purposeIds,
      purposeLegitimateInterests: [], vendorConsents: [700, 701, 702, 703, 943, 1200],
      vendorLegitimateInterests: [755, 943], publisherConsents: purposeIds,
      publisherLegitimateInterests: [], customPurposes: 0, publisherCustomConsents: [],
      publisherCustomLegitimateInterests: [],
    },
    segments: [Segment.CORE, Segment.VENDORS_DISCLOSED, Segment.PUBLISHER_TC],
  },
  {
    name: 'publisher-restrictions',
    gvl: vendorList(75, [...range(1, 12), 284, 744, 900]),
    language: 'DE',
    model: {
      cmpId: 6, cmpVersion: 2, consentScreen: 4, publisherCountryCode: 'IN', policyVersion: 4,
      isServiceSpecific: true, useNonStandardTexts: false, purposeOneTreatment: true,
      specialFeatureOptins: [], purposeConsents: [], purposeLegitimateInterests: [2, 7, 8, 9, 10, 11],
      vendorConsents: [], vendorLegitimateInterests: [1, 2, 3, 744, 900],
      publisherConsents: [], publisherLegitimateInterests: [], customPurposes: 0,
      publisherCustomConsents: [], publisherCustomLegitimateInterests: [],
      restrictions: [
        { purposeId: 2, type: RestrictionType.REQUIRE_LI, vendors: [744] },
        { purposeId: 7, type: RestrictionType.NOT_ALLOWED, vendors: [284] },
        { purposeId: 10, type: RestrictionType.REQUIRE_CONSENT, vendors: [1, 2, 3, 4, 900] },
      ],
    },
    segments: [Segment.CORE, Segment.VENDORS_DISCLOSED],
  },
  {
    name: 'reject-all-with-empty-publisher-segment',
    gvl: vendorList(90, [1, 2, 3]),
    language: 'EN',
    model: {
      cmpId: 31, cmpVersion: 1, consentScreen: 1, publisherCountryCode: 'NL', policyVersion: 5,
      isServiceSpecific: true, useNonStandardTexts: false, purposeOneTreatment: false,
      specialFeatureOptins: [], purposeConsents: [], purposeLegitimateInterests: [],
      vendorConsents: [], vendorLegitimateInterests: [], publisherConsents: [],
      publisherLegitimateInterests: [], customPurposes: 0, publisherCustomConsents: [],
      publisherCustomLegitimateInterests: [],
    },
    segments: [Segment.CORE, Segment.VENDORS_DISCLOSED, Segment.PUBLISHER_TC],
  },
  {
    name: 'chat-as-denied-custom-purpose',
    gvl: vendorList(140, [1, 2, 3, 4, 5]),
    language: 'EN',
    model: {
      cmpId: 300, cmpVersion: 9, consentScreen: 3, publisherCountryCode: 'AT', policyVersion: 5,
      isServiceSpecific: true, useNonStandardTexts: false, purposeOneTreatment: false,
      specialFeatureOptins: [2], purposeConsents: [1], purposeLegitimateInterests: [],
      vendorConsents: [1], vendorLegitimateInterests: [], publisherConsents: [1],
      publisherLegitimateInterests: [], customPurposes: 2, publisherCustomConsents: [2],
      publisherCustomLegitimateInterests: [],
    },
    segments: [Segment.CORE, Segment.PUBLISHER_TC],
  },
];

const created = new Date('2025-06-03T00:00:00Z');
const lastUpdated = new Date('2025-11-17T00:00:00Z');

/** @param {{ model: any, gvl: any, language: string }} testCase */
async function buildModel({ model, gvl: list, language }) {
  const gvl = new GVL(list);
  // The encoder copies the consent language from the GVL. changeLanguage fetches a translation
  // unless the language cache holds one, so the inline texts are cached as that translation.
  const { purposes, specialPurposes, features, specialFeatures, stacks } = list;
  GVL.LANGUAGE_CACHE.set(language, { purposes, specialPurposes, features, specialFeatures, stacks });
  await gvl.changeLanguage(language);
  const tc = new TCModel(gvl);
  tc.cmpId = model.cmpId;
  tc.cmpVersion = model.cmpVersion;
  tc.consentScreen = model.consentScreen;
  tc.publisherCountryCode = model.publisherCountryCode;
  tc.policyVersion = model.policyVersion;
  tc.isServiceSpecific = model.isServiceSpecific;
  // 1.5.6 still calls the flag by its pre-2.2 name, UseNonStandardStacks.
  tc.useNonStandardStacks = model.useNonStandardTexts;
  tc.purposeOneTreatment = model.purposeOneTreatment;
  tc.specialFeatureOptins.set(model.specialFeatureOptins);
  tc.purposeConsents.set(model.purposeConsents);
  tc.purposeLegitimateInterests.set(model.purposeLegitimateInterests);
  tc.vendorConsents.set(model.vendorConsents);
  tc.vendorLegitimateInterests.set(model.vendorLegitimateInterests);
  tc.publisherConsents.set(model.publisherConsents);
  tc.publisherLegitimateInterests.set(model.publisherLegitimateInterests);
  tc.numCustomPurposes = model.customPurposes;
  tc.publisherCustomConsents.set(model.publisherCustomConsents);
  tc.publisherCustomLegitimateInterests.set(model.publisherCustomLegitimateInterests);
  for (const r of model.restrictions ?? []) {
    for (const vendorId of r.vendors) {
      tc.publisherRestrictions.add(vendorId, new PurposeRestriction(r.purposeId, r.type));
    }
  }
  tc.created = created;
  tc.lastUpdated = lastUpdated;
  return tc;
}

/** @param {any} vector */
function ids(vector) {
  const out = [];
  vector.forEach((/** @type {boolean} */ on, /** @type {number} */ id) => { if (on) out.push(id); });
  return out;
}

/** Reads back which encoding the reference encoder chose: bit 16 of a vendor section. */
const isRange = (/** @type {any} */ vector) => VendorVectorEncoder.encode(vector).charAt(16) === '1';

/** @param {any} vector */
const vendorSection = (vector) => ({ maxVendorId: vector.maxId, isRange: isRange(vector), ids: ids(vector) });

/** @param {string} tcString @param {string[]} segments */
function expected(tcString, segments) {
  const tc = TCString.decode(tcString);
  return {
    version: tc.version,
    created: tc.created.toISOString(),
    lastUpdated: tc.lastUpdated.toISOString(),
    cmpId: tc.cmpId,
    cmpVersion: tc.cmpVersion,
    consentScreen: tc.consentScreen,
    consentLanguage: tc.consentLanguage,
    vendorListVersion: tc.vendorListVersion,
    tcfPolicyVersion: tc.policyVersion,
    isServiceSpecific: tc.isServiceSpecific,
    useNonStandardTexts: tc.useNonStandardStacks,
    specialFeatureOptins: ids(tc.specialFeatureOptins),
    purposesConsent: ids(tc.purposeConsents),
    purposesLITransparency: ids(tc.purposeLegitimateInterests),
    purposeOneTreatment: tc.purposeOneTreatment,
    publisherCC: tc.publisherCountryCode,
    vendorConsents: vendorSection(tc.vendorConsents),
    vendorLegitimateInterests: vendorSection(tc.vendorLegitimateInterests),
    publisherRestrictions: tc.publisherRestrictions.getRestrictions().map((/** @type {any} */ r) => ({
      purposeId: r.purposeId,
      restrictionType: r.restrictionType,
      vendorIds: tc.publisherRestrictions.getVendors(r),
    })),
    disclosedVendors: segments.includes(Segment.VENDORS_DISCLOSED)
      ? vendorSection(tc.vendorsDisclosed) : null,
    publisherTC: segments.includes(Segment.PUBLISHER_TC) ? {
      pubPurposesConsent: ids(tc.publisherConsents),
      pubPurposesLITransparency: ids(tc.publisherLegitimateInterests),
      numCustomPurposes: tc.numCustomPurposes,
      customPurposesConsent: ids(tc.publisherCustomConsents),
      customPurposesLITransparency: ids(tc.publisherCustomLegitimateInterests),
    } : null,
  };
}

const fixtures = [];
for (const testCase of cases) {
  const tcString = TCString.encode(await buildModel(testCase), { segments: testCase.segments });
  fixtures.push({ name: testCase.name, tcString, expected: expected(tcString, testCase.segments) });
}

const target = new URL('./tc-strings.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(fixtures, null, 2)}\n`);
console.log(`wrote ${fixtures.length} TC strings to ${target.pathname}`);
