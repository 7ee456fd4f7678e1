using NeuroBalance.Science;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>The published sources of the pharmacology and transport models, in one place so each is spelled once.</summary>
public static class PharmacologySources
{
    /// <summary>Black JW, Leff P (1983) Operational models of pharmacological agonism. Proc R Soc Lond B 220:141–162.</summary>
    public static Citation BlackLeff1983 { get; } = new("Black & Leff 1983", "10.1098/rspb.1983.0093", 6141562);

    /// <summary>Black JW, Leff P, Shankley NP, Wood J (1985) An operational model of pharmacological agonism: the effect of E/[A] curve shape… Br J Pharmacol 84:561–571 (the slope parameter n).</summary>
    public static Citation BlackEtAl1985 { get; } = new("Black et al. 1985", "10.1111/j.1476-5381.1985.tb12941.x", 3978322);

    /// <summary>Arunlakshana O, Schild HO (1959) Some quantitative uses of drug antagonists. Br J Pharmacol Chemother 14:48–58.</summary>
    public static Citation ArunlakshanaSchild1959 { get; } = new("Arunlakshana & Schild 1959", "10.1111/j.1476-5381.1959.tb00928.x", 13651579);

    /// <summary>Cheng Y, Prusoff WH (1973) Biochem Pharmacol 22:3099–3108; cited here through Munson &amp; Rodbard 1988, J Recept Res 8:533, which also shows where the correction is not exact.</summary>
    public static Citation MunsonRodbard1988 { get; } = new("Munson & Rodbard 1988", "10.3109/10799898809049010", 3385692);

    /// <summary>Meyer JH et al. (2004) Serotonin transporter occupancy of five SSRIs at different doses. Am J Psychiatry 161:826–835.</summary>
    public static Citation Meyer2004 { get; } = new("Meyer et al. 2004", "10.1176/appi.ajp.161.5.826", 15121647);

    /// <summary>Meyer JH et al. (2001) Occupancy of serotonin transporters by paroxetine and citalopram during treatment of depression. Am J Psychiatry 158:1843–1849.</summary>
    public static Citation Meyer2001 { get; } = new("Meyer et al. 2001", "10.1176/appi.ajp.158.11.1843", 11691690);

    /// <summary>Voineskos AN et al. (2007) Serotonin transporter occupancy of high-dose selective serotonin reuptake inhibitors during major depressive disorder measured with [11C]DASB positron emission tomography. PMID 17497139 (title and PMID matched on PubMed; the author list is recalled, not verified: references.yaml marks it so).</summary>
    public static Citation Voineskos2007 { get; } = new("Voineskos et al. 2007", pmid: 17497139);

    /// <summary>Kapur S, Zipursky R, Jones C, Remington G, Houle S (2000) Relationship between dopamine D2 occupancy, clinical response, and side effects. Am J Psychiatry 157:514–520.</summary>
    public static Citation Kapur2000 { get; } = new("Kapur et al. 2000", "10.1176/appi.ajp.157.4.514", 10739409);

    /// <summary>Commons KG, Linnros SE (2019) Delayed antidepressant efficacy and the desensitization hypothesis. ACS Chem Neurosci 10:3048–3052.</summary>
    public static Citation CommonsLinnros2019 { get; } = new("Commons & Linnros 2019", "10.1021/acschemneuro.8b00698", 30807103);

    /// <summary>Best JA, Nijhout HF, Reed MC (2009) Homeostatic mechanisms in dopamine synthesis and release: a mathematical model. Theor Biol Med Model 6:21.</summary>
    public static Citation Best2009 { get; } = new("Best et al. 2009", "10.1186/1742-4682-6-21");

    /// <summary>Best J, Nijhout HF, Reed M (2010) Serotonin synthesis, release and reuptake in terminals: a mathematical model. Theor Biol Med Model 7:34.</summary>
    public static Citation Best2010 { get; } = new("Best et al. 2010", "10.1186/1742-4682-7-34", 20723248);

    /// <summary>Best J et al. (2020) Autoreceptor control of serotonin dynamics. BMC Neurosci 21:40 (the group's later serotonin model and code).</summary>
    public static Citation Best2020 { get; } = new("Best et al. 2020", "10.1186/s12868-020-00587-z");

    /// <summary>Suaud-Chagny MF et al. (1995) Uptake of dopamine released by impulse flow in the rat mesolimbic and striatal systems in vivo. J Neurochem 65:2603–2611.</summary>
    public static Citation SuaudChagny1995 { get; } = new("Suaud-Chagny et al. 1995", "10.1046/j.1471-4159.1995.65062603.x", 7595557);

    /// <summary>Youdim MBH, Edmondson D, Tipton KF (2006) The therapeutic potential of monoamine oxidase inhibitors. Nat Rev Neurosci 7:295–309: the two MAO isoforms, their substrate preferences and selective inhibitors.</summary>
    public static Citation Youdim2006 { get; } = new("Youdim et al. 2006", "10.1038/nrn1883", 16552415);

    /// <summary>Sader-Mazbar O, Loboda Y, Rabey MJ, Finberg JPM (2013) Increased L-DOPA-derived dopamine following selective MAO-A or -B inhibition in rat striatum depleted of dopaminergic and serotonergic innervation. Br J Pharmacol 170:999–1013: in rat brain dopamine is deaminated mainly by MAO-A; striatal MAO-B is in glia.</summary>
    public static Citation SaderMazbar2013 { get; } = new("Sader-Mazbar et al. 2013", "10.1111/bph.12349", 23992249);

    /// <summary>Parviz M, Vogel K, Gibson KM, Pearl PL (2014) Disorders of GABA metabolism: SSADH and GABA-transaminase deficiencies. J Pediatr Epilepsy 3:217–227: the GABA shunt (GABA-T → succinic semialdehyde → SSADH → succinate) that the GABA-T rate law stands for.</summary>
    /// <remarks>Replaces an earlier citation whose authors and title could not be verified (docs/corrections.md).</remarks>
    public static Citation Parviz2014 { get; } = new("Parviz et al. 2014", "10.3233/PEP-14097");
}
