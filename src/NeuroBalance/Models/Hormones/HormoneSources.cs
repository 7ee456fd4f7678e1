using NeuroBalance.Science;

namespace NeuroBalance.Models.Hormones;

/// <summary>The citations of the hormone layer (identifiers as checked in the course's reference list).</summary>
public static class HormoneSources
{
    /// <summary>Pecins-Thompson M, Brown NA, Kohama SG, Bethea CL. J Neurosci 16:7021 (1996).</summary>
    public static Citation PecinsThompson1996 { get; } = new("Pecins-Thompson et al. 1996", "10.1523/JNEUROSCI.16-21-07021.1996", 8824338);

    /// <summary>Hiroi R, McDevitt RA, Neumaier JF. Biol Psychiatry 60:288 (2006).</summary>
    public static Citation Hiroi2006 { get; } = new("Hiroi et al. 2006", "10.1016/j.biopsych.2005.10.019", 16458260);

    /// <summary>McQueen JK, Wilson H, Fink G. Brain Res Mol Brain Res 45:13 (1997).</summary>
    public static Citation McQueen1997 { get; } = new("McQueen, Wilson & Fink 1997", "10.1016/S0169-328X(96)00233-1");

    /// <summary>Cyr M, Landry M, Di Paolo T. Modulation by estrogen-receptor directed drugs of 5-hydroxytryptamine-2A receptors in rat brain. Neuropsychopharmacology 23:69 (2000).</summary>
    public static Citation Cyr2000 { get; } = new("Cyr, Landry & Di Paolo 2000", pmid: 10869887);

    /// <summary>Biegon A, McEwen BS. Modulation by estradiol of serotonin receptors in brain. J Neurosci 2:199 (1982).</summary>
    public static Citation BiegonMcEwen1982 { get; } = new("Biegon & McEwen 1982", "10.1523/JNEUROSCI.02-02-00199.1982", 7199565);

    /// <summary>Hernández-Hernández OT et al. Curr Neuropharmacol 17:459 (2019).</summary>
    public static Citation HernandezHernandez2019 { get; } = new("Hernández-Hernández et al. 2019", "10.2174/1570159X16666180628165107");

    /// <summary>Carver CM, Reddy DS. Psychopharmacology 230:151 (2013).</summary>
    public static Citation CarverReddy2013 { get; } = new("Carver & Reddy 2013", "10.1007/s00213-013-3276-5");

    /// <summary>Purves-Tyson TD et al. BMC Neurosci 13 (2012).</summary>
    public static Citation PurvesTyson2012 { get; } = new("Purves-Tyson et al. 2012", pmid: 22867132);

    /// <summary>Nierenberg AA et al. (STAR*D). Am J Psychiatry 163:1519 (2006).</summary>
    public static Citation Nierenberg2006 { get; } = new("Nierenberg et al. 2006", "10.1176/appi.ajp.163.9.1519");

    /// <summary>Bauer M, Heinz A, Whybrow PC. Mol Psychiatry 7:140 (2002).</summary>
    public static Citation Bauer2002 { get; } = new("Bauer, Heinz & Whybrow 2002", "10.1038/sj.mp.4000963");

    /// <summary>Pecins-Thompson M, Bethea CL. Ovarian steroid regulation of serotonin-1A autoreceptor messenger RNA expression in the dorsal raphe of rhesus macaques. Neuroscience 89:267 (1999). Identifier recalled.</summary>
    public static Citation PecinsThompsonBethea1999 { get; } = new("Pecins-Thompson & Bethea 1999", "10.1016/S0306-4522(98)00326-1");

    /// <summary>Gundlah C, Lu NZ, Bethea CL. Ovarian steroid regulation of monoamine oxidase-A and -B mRNAs in the macaque dorsal raphe and hypothalamic nuclei. Psychopharmacology 160:271 (2002). Identifier recalled.</summary>
    public static Citation Gundlah2002 { get; } = new("Gundlah, Lu & Bethea 2002", "10.1007/s00213-001-0959-0");

    /// <summary>Johnson ML et al. Androgen decreases dopamine neurone survival in rat midbrain. J Neuroendocrinol 22:238 (2010); adult (castration at postnatal day 60) rats and mice. DOI recalled.</summary>
    public static Citation Johnson2010 { get; } = new("Johnson et al. 2010", "10.1111/j.1365-2826.2010.01965.x");
}
