import { chemInorganicGenerators } from './chem-inorganic.ts';
import { chemOrganicGenerators } from './chem-organic.ts';
import { chemPhysicalAGenerators } from './chem-physical-a.ts';
import { chemPhysicalBGenerators } from './chem-physical-b.ts';
import { chemDepthBondingGenerators } from './chemistry-depth-bonding.ts';
import { chemDepthExtraGenerators } from './chemistry-depth-extra.ts';
import { chemDepthInorganicGenerators } from './chemistry-depth-inorganic.ts';
import { chemDepthOrganicBGenerators } from './chemistry-depth-organic-b.ts';
import { chemDepthOrganicGenerators } from './chemistry-depth-organic.ts';
import { chemDepthPhysicalGenerators } from './chemistry-depth-physical.ts';
import { chemDepthPhysicalCGenerators } from './chemistry-depth-physical-c.ts';
import { chemDepthPhysicalDGenerators } from './chemistry-depth-physical-d.ts';
import { chemDepthRound2Generators } from './chemistry-depth-round2.ts';
import { chemDepthOrganicCGenerators } from './chemistry-depth-organic-c.ts';
import { chemDepthOrganicDGenerators } from './chemistry-depth-organic-d.ts';
import { chemDepthInorganicCGenerators } from './chemistry-depth-inorganic-c.ts';
import { chemDepthInorganicDGenerators } from './chemistry-depth-inorganic-d.ts';
import { chemDepthPolymerGenerators } from './chemistry-depth-polymer.ts';
import { chemDepthStructureGenerators } from './chemistry-depth-structure.ts';
import { chemDepthThermoGenerators } from './chemistry-depth-thermo.ts';
import { instantiate } from './framework.ts';
import { mathAlgebraGenerators } from './math-algebra.ts';
import { mathSeriesGenerators } from './math-series.ts';
import { mathCalculusGenerators } from './math-calculus.ts';
import { mathDepthAGenerators } from './math-depth-a.ts';
import { mathDepthBGenerators } from './math-depth-b.ts';
import { mathDepthCGenerators } from './math-depth-c.ts';
import { mathDepthDGenerators } from './math-depth-d.ts';
import { mathDepthEGenerators } from './math-depth-e.ts';
import { mathDepthFGenerators } from './math-depth-f.ts';
import { mathDepthGGenerators } from './math-depth-g.ts';
import { mathDepthHGenerators } from './math-depth-h.ts';
import { mathDepthIGenerators } from './math-depth-i.ts';
import { mathDepthJGenerators } from './math-depth-j.ts';
import { mathDepthKGenerators } from './math-depth-k.ts';
import { mathDepthLGenerators } from './math-depth-l.ts';
import { mathDepthMGenerators } from './math-depth-m.ts';
import { mathDepthNGenerators } from './math-depth-n.ts';
import { mathDepthOGenerators } from './math-depth-o.ts';
import { mathDepthPGenerators } from './math-depth-p.ts';
import { mathDiscreteGenerators } from './math-discrete.ts';
import { mathGeometryGenerators } from './math-geometry.ts';
import { physicsDepthAdvancedGenerators } from './physics-depth-advanced.ts';
import { physicsDepthCircuitGenerators } from './physics-depth-circuits.ts';
import { physicsDepthDeviceGenerators } from './physics-depth-devices.ts';
import { physicsDepthFieldGenerators } from './physics-depth-fields.ts';
import { physicsDepthMotionGenerators } from './physics-depth-motion.ts';
import { physicsDepthWavesLabGenerators } from './physics-depth-waves-lab.ts';
import { physicsDepthMechanicsBGenerators } from './physics-depth-mechanics-b.ts';
import { physicsDepthEnergyBGenerators } from './physics-depth-energy-b.ts';
import { physicsDepthThermalWavesBGenerators } from './physics-depth-thermal-waves-b.ts';
import { physicsDepthFieldsOpticsBGenerators } from './physics-depth-fields-optics-b.ts';
import { physicsDepthModernUnitsBGenerators } from './physics-depth-modern-units-b.ts';
import { physicsDepthMixedCGenerators } from './physics-depth-mixed-c.ts';
import { physicsDepthFourthDGenerators } from './physics-depth-fourth-d.ts';
import { physicsDepthFourthEGenerators } from './physics-depth-fourth-e.ts';
import { physicsDepthFourthFGenerators } from './physics-depth-fourth-f.ts';
import { physicsDepthFourthGGenerators } from './physics-depth-fourth-g.ts';
import { physicsDepthFourthHGenerators } from './physics-depth-fourth-h.ts';
import { physicsDepthRound2IGenerators } from './physics-depth-round2-i.ts';
import { physicsDepthRound2JGenerators } from './physics-depth-round2-j.ts';
import { physicsDepthRound2KGenerators } from './physics-depth-round2-k.ts';
import { physicsDepthRound2LGenerators } from './physics-depth-round2-l.ts';
import { physicsDepthRound3AGenerators } from './physics-depth-round3-a.ts';
import { physicsDepthRound3BGenerators } from './physics-depth-round3-b.ts';
import { physicsDepthRound3CGenerators } from './physics-depth-round3-c.ts';
import { physicsDepthRound3DGenerators } from './physics-depth-round3-d.ts';
import { physicsElectricityGenerators } from './physics-electricity.ts';
import { physicsMechanicsGenerators } from './physics-mechanics.ts';
import { physicsModernOpticsGenerators } from './physics-modern-optics.ts';
import { physicsThermalWavesGenerators } from './physics-thermal-waves.ts';
import type { GeneratedInstance, GeneratorDef } from './types.ts';

/** Every parametric generator, in a fixed order (the bank and reports iterate in this order). */
export const GENERATORS: readonly GeneratorDef[] = [
  ...mathAlgebraGenerators,
  ...mathSeriesGenerators,
  ...mathCalculusGenerators,
  ...mathGeometryGenerators,
  ...mathDiscreteGenerators,
  ...mathDepthAGenerators,
  ...mathDepthBGenerators,
  ...mathDepthCGenerators,
  ...mathDepthDGenerators,
  ...mathDepthEGenerators,
  ...mathDepthFGenerators,
  ...mathDepthGGenerators,
  ...mathDepthHGenerators,
  ...mathDepthIGenerators,
  ...mathDepthJGenerators,
  ...mathDepthKGenerators,
  ...mathDepthLGenerators,
  ...mathDepthMGenerators,
  ...mathDepthNGenerators,
  ...mathDepthOGenerators,
  ...mathDepthPGenerators,
  ...physicsMechanicsGenerators,
  ...physicsThermalWavesGenerators,
  ...physicsElectricityGenerators,
  ...physicsModernOpticsGenerators,
  ...physicsDepthCircuitGenerators,
  ...physicsDepthDeviceGenerators,
  ...physicsDepthAdvancedGenerators,
  ...physicsDepthFieldGenerators,
  ...physicsDepthMotionGenerators,
  ...physicsDepthWavesLabGenerators,
  ...physicsDepthMechanicsBGenerators,
  ...physicsDepthEnergyBGenerators,
  ...physicsDepthThermalWavesBGenerators,
  ...physicsDepthFieldsOpticsBGenerators,
  ...physicsDepthModernUnitsBGenerators,
  ...physicsDepthMixedCGenerators,
  ...physicsDepthFourthDGenerators,
  ...physicsDepthFourthEGenerators,
  ...physicsDepthFourthFGenerators,
  ...physicsDepthFourthGGenerators,
  ...physicsDepthFourthHGenerators,
  ...physicsDepthRound2IGenerators,
  ...physicsDepthRound2JGenerators,
  ...physicsDepthRound2KGenerators,
  ...physicsDepthRound2LGenerators,
  ...physicsDepthRound3AGenerators,
  ...physicsDepthRound3BGenerators,
  ...physicsDepthRound3CGenerators,
  ...physicsDepthRound3DGenerators,
  ...chemPhysicalAGenerators,
  ...chemPhysicalBGenerators,
  ...chemInorganicGenerators,
  ...chemOrganicGenerators,
  ...chemDepthOrganicGenerators,
  ...chemDepthPhysicalGenerators,
  ...chemDepthInorganicGenerators,
  ...chemDepthThermoGenerators,
  ...chemDepthStructureGenerators,
  ...chemDepthBondingGenerators,
  ...chemDepthOrganicBGenerators,
  ...chemDepthExtraGenerators,
  ...chemDepthRound2Generators,
  ...chemDepthOrganicCGenerators,
  ...chemDepthOrganicDGenerators,
  ...chemDepthPhysicalCGenerators,
  ...chemDepthPhysicalDGenerators,
  ...chemDepthInorganicCGenerators,
  ...chemDepthInorganicDGenerators,
  ...chemDepthPolymerGenerators,
];

const BY_ID = new Map(GENERATORS.map((g) => [g.id, g]));

export function getGenerator(id: string): GeneratorDef | undefined {
  return BY_ID.get(id);
}

/**
 * The instance for (generator id, seed), or null for an unknown generator. The device calls this
 * offline to render practice; the server calls it again to score: the result is identical.
 */
export function generateQuestion(generatorId: string, seed: number): GeneratedInstance | null {
  const def = BY_ID.get(generatorId);
  return def ? instantiate(def, seed) : null;
}
