/**
 * Validates an imsmanifest.xml against ADL's SCORM schema files
 * (scripts/scorm-schemas/, the files the packages carry) with xmllint
 * (Debian: libxml2-utils; .ci/run installs it). One small schema imports every
 * namespace a manifest uses, so xmllint checks each element against its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NAMESPACES = {
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'scorm12/imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scorm12/adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'scorm12/imsmd_rootv1p2p1.xsd'],
  ],
  '2004': [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'scorm2004/imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'scorm2004/adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'scorm2004/adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'scorm2004/adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'scorm2004/imsss_v1p0.xsd'],
  ],
} as const;

export function validateManifest(manifestPath: string, version: '1.2' | '2004'): { ok: boolean; output: string } {
  const folder = mkdtempSync(join(tmpdir(), 'mot-xsd-'));
  const imports = NAMESPACES[version]
    .map(([namespace, file]) => `  <xsd:import namespace="${namespace}" schemaLocation="${resolve('scripts/scorm-schemas', file)}"/>`)
    .join('\n');
  const schema = join(folder, 'all.xsd');
  writeFileSync(schema, `<?xml version="1.0"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:mot:all">\n${imports}\n</xsd:schema>\n`);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, manifestPath], { encoding: 'utf-8' });
  if (run.error) throw new Error(`xmllint is not installed (Debian/Ubuntu: sudo apt-get install -y libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
