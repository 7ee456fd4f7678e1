using NeuroBalance.Science;

namespace NeuroBalance.Models.Terminals;

/// <summary>The citations the terminal models use, in one place.</summary>
public static class TerminalSources
{
    /// <summary>Best JA, Nijhout HF, Reed MC. Homeostatic mechanisms in dopamine synthesis and release: a mathematical model. Theor Biol Med Model 6:21 (2009).</summary>
    public static Citation Best2009 { get; } = new("Best, Nijhout & Reed 2009", "10.1186/1742-4682-6-21");

    /// <summary>Best JA, Nijhout HF, Reed MC. Serotonin synthesis, release and reuptake in terminals: a mathematical model. Theor Biol Med Model 7:34 (2010).</summary>
    public static Citation Best2010 { get; } = new("Best, Nijhout & Reed 2010", "10.1186/1742-4682-7-34");

    /// <summary>Glykys J, Mody I. The main source of ambient GABA responsible for tonic inhibition in the mouse hippocampus. J Physiol 582:1163 (2007).</summary>
    public static Citation GlykysMody2007 { get; } = new("Glykys & Mody 2007", "10.1113/jphysiol.2007.134460");

    /// <summary>Jahn K, Hertle I, Bufler J, Adelsberger H, Pestel E, Zieglgänsberger W, Dudel J, Franke C. Activation kinetics and single channel properties of recombinant α1β2γ2L GABA-A receptor channels. NeuroReport 8:3443 (1997): GABA EC50 11.6 ± 0.9 µM, slope 2.2 ± 0.4 (HEK 293, ultra-fast application).</summary>
    public static Citation Jahn1997 { get; } = new("Jahn et al. 1997", "10.1097/00001756-199711100-00006", 9427304);

    /// <summary>Carver CM, Reddy DS. Neurosteroid interactions with synaptic and extrasynaptic GABA-A receptors. Psychopharmacology 230:151 (2013).</summary>
    public static Citation CarverReddy2013 { get; } = new("Carver & Reddy 2013", "10.1007/s00213-013-3276-5");

    /// <summary>Brown N, Kerby J, Bonnert TP, Whiting PJ, Wafford KA. Pharmacological characterization of a novel cell line expressing human α4β3δ GABA-A receptors. Br J Pharmacol 136:965 (2002). Identifier recalled.</summary>
    public static Citation Brown2002 { get; } = new("Brown et al. 2002", "10.1038/sj.bjp.0704844");

    /// <summary>Mortensen M, Patel B, Smart TG. GABA potency at GABA-A receptors found in synaptic and extrasynaptic zones. Front Pharmacol 2:76 (2012). Identifier recalled.</summary>
    public static Citation Mortensen2012 { get; } = new("Mortensen, Patel & Smart 2012", "10.3389/fphar.2011.00076");
}
