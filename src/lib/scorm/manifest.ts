/**
 * imsmanifest.xml for the two packages: one organisation, one item, one SCO
 * (the launch page, which opens the course map), every file of the package
 * listed in the SCO's resource. Identifiers are fixed strings derived from
 * the course id, so they stay the same between builds and an LMS can update
 * a package in place.
 *
 * Imported by scripts/package.mjs as TypeScript run by Node: no imports here.
 */

export interface ManifestInput {
  /** The course id (course.yaml), e.g. "moments-of-truth". */
  readonly courseId: string;
  /** The course title per locale, the default locale first. */
  readonly titles: ReadonlyArray<readonly [locale: string, title: string]>;
  /** course.yaml passMark, percent. */
  readonly passMark: number;
  /** The SCO's launch file, relative to the package root. */
  readonly launch: string;
  /** Every file of the package but the manifest and the schema files, relative to the root, "/"-separated. */
  readonly files: readonly string[];
  /** The package version shown to the LMS (package.json version). */
  readonly version: string;
}

/** The schema files each package carries at its root (ADL's definition files; scripts/scorm-schemas/). */
export const SCHEMA_FILES = {
  '1.2': ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  '2004': [
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
    'XMLSchema.dtd',
  ],
} as const;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An XML identifier (xs:ID): a letter first, then letters, digits, "-", "_", ".". */
export function xmlId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id-${cleaned}`;
}

/** "Moments of Truth · لحظات الصدق": every locale's title, once each, for the LMS's single title field. */
export function combinedTitle(titles: ManifestInput['titles']): string {
  return [...new Set(titles.map(([, title]) => title))].join(' · ');
}

function fileList(input: ManifestInput, indent: string): string {
  return [...input.files]
    .sort()
    .map((file) => `${indent}<file href="${escapeXml(file)}"/>`)
    .join('\n');
}

/** Validates what every manifest needs; throws with the reason. */
function check(input: ManifestInput): void {
  if (input.titles.length === 0) throw new Error('the course has no title');
  if (!Number.isInteger(input.passMark) || input.passMark < 0 || input.passMark > 100) throw new Error(`passMark ${input.passMark} is not a whole percent`);
  if (!input.files.includes(input.launch)) throw new Error(`the launch file ${input.launch} is not among the package files`);
  const odd = input.files.find((file) => file.startsWith('/') || file.includes('\\') || file.split('/').includes('..'));
  if (odd !== undefined) throw new Error(`file path ${odd} is not relative to the package root`);
}

export function manifest12(input: ManifestInput): string {
  check(input);
  const id = xmlId(input.courseId);
  const title = escapeXml(combinedTitle(input.titles));
  const langstrings = input.titles.map(([locale, text]) => `<imsmd:langstring xml:lang="${escapeXml(locale)}">${escapeXml(text)}</imsmd:langstring>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-scorm12" version="${escapeXml(input.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>${langstrings}</imsmd:title>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${input.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(input.launch)}">
${fileList(input, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th edition. The item's primary objective carries the pass mark
 * (minNormalizedMeasure, which the LMS gives the course as
 * cmi.scaled_passing_score); the course reports success itself
 * (satisfiedByMeasure false), by the same rule.
 */
export function manifest2004(input: ManifestInput): string {
  check(input);
  const id = xmlId(input.courseId);
  const title = escapeXml(combinedTitle(input.titles));
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-scorm2004" version="${escapeXml(input.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-passed" satisfiedByMeasure="false">
              <imsss:minNormalizedMeasure>${input.passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${escapeXml(input.launch)}">
${fileList(input, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
