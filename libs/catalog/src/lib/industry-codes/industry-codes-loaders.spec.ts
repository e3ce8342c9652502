import { loadNaics, naicsEntry } from './naics.loader';
import { loadScian, scianEntry, scianManufacturingClasses } from './scian.loader';
import { loadScianNaicsCrosswalk, naicsToScian, scianToNaics } from './scian-naics-crosswalk.loader';

describe('industry-code loaders', () => {
  it('loads the SCIAN 2018 hierarchy with its 292 manufacturing clases', () => {
    expect(loadScian().size).toBe(2119);
    expect(scianManufacturingClasses()).toHaveLength(292);
    expect(scianEntry('326199')).toEqual({
      code: '326199',
      title: 'Fabricación de otros productos de plástico sin reforzamiento',
      level: 'clase',
      parentCode: '32619',
    });
    expect(scianEntry('31-33')).toMatchObject({ level: 'sector', title: 'Industrias manufactureras' });
    expect(scianEntry('999999')).toBeUndefined();
  });

  it('loads NAICS 2017 manufacturing codes (sectors 31-33 only)', () => {
    expect(loadNaics().size).toBe(648);
    expect(naicsEntry('336370')?.title).toBe('Motor Vehicle Metal Stamping');
    expect(naicsEntry('541330')).toBeUndefined(); // outside manufacturing: not shipped
  });

  it('crosswalks SCIAN and NAICS both ways, many-to-many', () => {
    expect(loadScianNaicsCrosswalk()).toHaveLength(449);
    expect(scianToNaics('336370')).toEqual(['336370']);
    expect(scianToNaics('311110')).toEqual(['311111', '311119']);
    expect(naicsToScian('311111')).toEqual(['311110']);
    expect(scianToNaics('3363-70')).toEqual(['336370']);
    expect(scianToNaics('000000')).toEqual([]);
  });
});
