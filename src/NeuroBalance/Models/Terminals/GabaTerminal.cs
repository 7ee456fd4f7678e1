using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// A GABA terminal with its astrocyte: glutamate → GABA by GAD (which needs vitamin B6 as pyridoxal
/// phosphate), end-product inhibition of GAD, VGAT packaging, firing-driven release, GAT-1 reuptake
/// into the neuron, glial uptake, the GABA-T shunt in neuron and glia, and diffusion. The GABA-A
/// response to ambient GABA follows the Hill equation; allopregnanolone acts as a positive allosteric
/// modulator. Units: µM and hours. Immutable.
/// </summary>
/// <remarks>
/// <para><b>No published terminal model with a parameter table exists for GABA</b> (docs/sources.md),
/// so every kinetic constant here is an <b>estimate</b> (evidence level Illustrative) chosen so that the
/// steady state is plausible: ambient GABA ≈ 0.8 µM, inside the 0.2–2.5 µM range reviewed by Glykys &amp; Mody 2007.
/// Use the model for directions and trade-offs, not for numbers.</para>
/// <code>
/// VGAD   = scale·B(b6)·Vmax_GAD·glu/(Km_glu + glu)/(1 + c/Ki_GABA),   B(b6) = b6·(1 + K_B6)/(b6 + K_B6)
/// VVGAT  = Vmax_VGAT·c/(Km_VGAT + c) − k_leak·v;      release = k_rel·fire·v
/// VGAT1  = scale·Vmax_GAT1·e/(Km_GAT + e);            Vglia = Vmax_glia·e/(Km_GAT + e)
/// VGABAT = scale·Vmax_T·c/(Km_T + c)  (neuron),  scale·Vmax_Tg·g/(Km_T + g)  (glia)
/// d c/dt = VGAD + VGAT1 − VVGAT − VGABAT,n;   d v/dt = VVGAT − release
/// d e/dt = release − VGAT1 − Vglia − k_diff·e;   d g/dt = Vglia − VGABAT,g
/// GABA-A activation = e^n/(EC50′^n + e^n),  EC50′ = EC50/(sensitivity·(1 + (M − 1)·allo/(K_allo + allo)))
/// </code>
/// <para>EC50 11.6 µM and n = 2.2 are for recombinant α1β2γ2L receptors (HEK cells, fast application;
/// Jahn et al. 1997). Extrasynaptic δ-containing receptors, which carry most tonic current, are more
/// sensitive to GABA (EC50 below 1 µM, shallower slope; Brown et al. 2002, <see href="https://doi.org/10.1038/sj.bjp.0704844"/>;
/// Mortensen, Patel &amp; Smart 2012, <see href="https://doi.org/10.3389/fphar.2011.00076"/>), and neurosteroids
/// mainly raise their efficacy (Carver &amp; Reddy 2013). So the activation at ambient GABA shown here is a lower
/// bound, and its amplification by allopregnanolone (through the steep synaptic Hill slope) is an
/// α1β2γ2L-only illustration, not a measured size of tonic inhibition.</para>
/// <para>Limit of the estimates: glial GABA leaves only through GABA-T, so with GABA-T below about 15%
/// of normal (at basal firing) glial GABA rises without bound and <see cref="TerminalModel.SteadyState"/>
/// throws <see cref="Solvers.NonConvergenceException"/>; <see cref="TerminalModel.Respond"/> still shows
/// the time course.</para>
/// </remarks>
public sealed class GabaTerminal : TerminalModel
{
    /// <summary>The firing frequency <c>fire = 1</c> stands for: 10 Hz (illustrative).</summary>
    public static readonly Rate BasalFiring = Rate.FromPerSecond(10);

    /// <summary>GABA-A (α1β2γ2L) EC50 for GABA: 11.6 µM.</summary>
    public static readonly Concentration GabaAEc50 = Concentration.FromMicromolar(11.6);

    /// <summary>GABA-A (α1β2γ2L) Hill slope: 2.2.</summary>
    public const double GabaAHillSlope = 2.2;

    /// <summary>Largest EC50 left-shift by allopregnanolone at saturation (illustrative estimate).</summary>
    public const double AllopregnanoloneMaxShift = 3;

    /// <summary>Allopregnanolone concentration for half the maximal shift (illustrative estimate): 100 nM.</summary>
    public static readonly Concentration AllopregnanoloneHalfEffect = Concentration.FromNanomolar(100);

    // Indices of the state vector.
    private static class At
    {
        public const int Cyt = 0, Ves = 1, Ext = 2, Glia = 3;
    }
    private const double Glu = 10_000, KmGlu = 1000, VmaxGad = 396, KiGaba = 5000, KB6 = 0.3;
    private const double VmaxVgat = 18_000, KmVgat = 5000, KLeak = 1, KRel = 0.5;
    private const double VmaxGat1 = 5800, KmGat = 5, VmaxGlia = 1087.5, KDiff = 62.5;
    private const double VmaxT = 200, VmaxTGlia = 1650, KmT = 1000;

    private readonly double fire = 1;
    private readonly double gadScale = 1;
    private readonly double vitaminB6 = 1;
    private readonly double gat1Scale = 1;
    private readonly double gabaTScale = 1;
    private readonly double sensitivity = 1;
    private readonly double allopregnanolone;

    private GabaTerminal()
    {
    }

    private GabaTerminal(GabaTerminal o, double? fire = null, double? gadScale = null, double? vitaminB6 = null, double? gat1Scale = null, double? gabaTScale = null, double? sensitivity = null, double? allopregnanolone = null)
    {
        this.fire = fire ?? o.fire;
        this.gadScale = gadScale ?? o.gadScale;
        this.vitaminB6 = vitaminB6 ?? o.vitaminB6;
        this.gat1Scale = gat1Scale ?? o.gat1Scale;
        this.gabaTScale = gabaTScale ?? o.gabaTScale;
        this.sensitivity = sensitivity ?? o.sensitivity;
        this.allopregnanolone = allopregnanolone ?? o.allopregnanolone;
        IntegrationOptions = o.IntegrationOptions;
    }

    /// <summary>The state "gaba_cyt": cytosolic GABA, in µM.</summary>
    public static StateVariable<GabaTerminal> GabaCyt { get; } = new("gaba_cyt", At.Cyt, "cytosolic GABA");

    /// <summary>The state "gaba_ves": vesicular GABA, in µM.</summary>
    public static StateVariable<GabaTerminal> GabaVes { get; } = new("gaba_ves", At.Ves, "vesicular GABA");

    /// <summary>The state "gaba_ext": extracellular GABA, in µM.</summary>
    public static StateVariable<GabaTerminal> GabaExt { get; } = new("gaba_ext", At.Ext, "extracellular GABA");

    /// <summary>The state "gaba_glia": GABA in glia, in µM.</summary>
    public static StateVariable<GabaTerminal> GabaGlia { get; } = new("gaba_glia", At.Glia, "GABA in glia");

    /// <summary>Gets every state variable, in state-vector order.</summary>
    public static IReadOnlyList<StateVariable<GabaTerminal>> Variables { get; } = [GabaCyt, GabaVes, GabaExt, GabaGlia];

    private static readonly string[] Names = [.. Variables.Select(v => v.Name)];

    /// <summary>Gets the default terminal: basal firing, B6 replete, no drugs, no allopregnanolone, sensitivity 1.</summary>
    public static GabaTerminal Default { get; } = new();

    /// <inheritdoc />
    public override string Name => "GABA terminal and astrocyte (illustrative estimates)";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames => Names;

    /// <inheritdoc />
    public override IReadOnlyList<ModelParameter> Parameters => ParameterTable;

    /// <summary>Gets the design steady state the estimates were chosen for (1000, 2000, 0.8, 100 µM).</summary>
    public override TerminalState InitialGuess => State(1000, 2000, 0.8, 100);

    /// <summary>Gets the firing frequency.</summary>
    public Rate Firing => BasalFiring * fire;

    /// <summary>Gets vitamin B6 (pyridoxal phosphate) availability relative to replete (1).</summary>
    public double VitaminB6 => vitaminB6;

    /// <summary>Gets the GAT-1 multiplier (below 1: a tiagabine-like block).</summary>
    public double Gat1Scale => gat1Scale;

    /// <summary>Gets the GABA-T multiplier (below 1: a vigabatrin-like block).</summary>
    public double GabaTScale => gabaTScale;

    /// <summary>Gets the GAD expression multiplier.</summary>
    public double GadScale => gadScale;

    /// <summary>Gets the GABA-A sensitivity multiplier (divides the EC50; the hormone layer sets it).</summary>
    public double GabaASensitivity => sensitivity;

    /// <summary>Gets the allopregnanolone concentration at the receptors.</summary>
    public Concentration Allopregnanolone => Concentration.FromMicromolar(allopregnanolone);

    /// <summary>This model with another firing frequency (fire = frequency / 10 Hz).</summary>
    /// <param name="frequency">Range: 0 to 200 Hz.</param>
    /// <returns>The changed model.</returns>
    public GabaTerminal WithFiring(Rate frequency) =>
        new(this, fire: Preconditions.CheckRange(nameof(frequency), frequency.PerSecond, 0, 200, "Hz") / BasalFiring.PerSecond);

    /// <summary>This model with GAD expression scaled.</summary>
    /// <param name="factor">Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public GabaTerminal WithGadScale(double factor) => new(this, gadScale: CheckScale(nameof(factor), factor));

    /// <summary>This model with vitamin B6 availability changed (1 = replete, 0 = none; GAD needs it as cofactor).</summary>
    /// <param name="relative">Range: 0 ≤ relative ≤ 10.</param>
    /// <returns>The changed model.</returns>
    public GabaTerminal WithVitaminB6(double relative) => new(this, vitaminB6: Preconditions.CheckRange(nameof(relative), relative, 0, 10));

    /// <summary>This model with GAT-1 scaled; 0.2 stands for a strong tiagabine-like block (illustrative).</summary>
    /// <param name="factor">Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public GabaTerminal WithGat1Scale(double factor) => new(this, gat1Scale: CheckScale(nameof(factor), factor));

    /// <summary>This model with GABA-T scaled; 0.2 stands for a vigabatrin-like block (illustrative).</summary>
    /// <param name="factor">Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public GabaTerminal WithGabaTScale(double factor) => new(this, gabaTScale: CheckScale(nameof(factor), factor));

    /// <summary>This model with GABA-A sensitivity scaled (EC50 ÷ factor).</summary>
    /// <param name="factor">Range: 0.01 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public GabaTerminal WithGabaASensitivity(double factor) => new(this, sensitivity: Preconditions.CheckRange(nameof(factor), factor, 0.01, 100));

    /// <summary>This model with allopregnanolone at the receptors.</summary>
    /// <param name="allopregnanolone">Range: 0 to 100 µM.</param>
    /// <returns>The changed model.</returns>
    public GabaTerminal WithAllopregnanolone(Concentration allopregnanolone) =>
        new(this, allopregnanolone: Preconditions.CheckRange(nameof(allopregnanolone), allopregnanolone.Micromolar, 0, 100, "µM"));

    /// <summary>
    /// The fraction of GABA-A receptors activated at a GABA concentration: the Hill equation with the
    /// EC50 shifted by sensitivity and allopregnanolone (see remarks of the class).
    /// </summary>
    /// <param name="gaba">GABA at the receptors.</param>
    /// <param name="sensitivity">Sensitivity multiplier (EC50 ÷ sensitivity). Range: 0.01 to 100. Default 1.</param>
    /// <param name="allopregnanolone">Allopregnanolone; null for none. Range: 0 to 100 µM (as <see cref="WithAllopregnanolone"/>).</param>
    /// <returns>Activation in [0, 1].</returns>
    /// <exception cref="ParameterOutOfRangeException">The sensitivity or the allopregnanolone concentration is out of range.</exception>
    public static double GabaAActivation(Concentration gaba, double sensitivity = 1, Concentration? allopregnanolone = null)
    {
        Preconditions.CheckRange(nameof(sensitivity), sensitivity, 0.01, 100);
        var allo = Preconditions.CheckRange(nameof(allopregnanolone), (allopregnanolone ?? Concentration.Zero).Micromolar, 0, 100, "µM");
        var shift = 1 + ((AllopregnanoloneMaxShift - 1) * allo / (AllopregnanoloneHalfEffect.Micromolar + allo));
        return Occupancy.Hill(gaba, GabaAEc50 * (1 / (sensitivity * shift)), GabaAHillSlope);
    }

    /// <summary>The tonic GABA-A activation this model's ambient GABA gives in a state.</summary>
    /// <param name="state">A state of this model.</param>
    /// <returns>Activation in [0, 1].</returns>
    /// <exception cref="InvalidParameterException">The state belongs to a different model.</exception>
    public double TonicActivation(TerminalState state) =>
        GabaAActivation(Concentration.FromMicromolar(Math.Max(0, CheckOwnState(nameof(state), state)[At.Ext])), sensitivity, Allopregnanolone);

    /// <inheritdoc />
    public override void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var c = y[At.Cyt];
        var v = y[At.Ves];
        var e = y[At.Ext];
        var g = y[At.Glia];
        var b6 = vitaminB6 * (1 + KB6) / (vitaminB6 + KB6);
        var gad = gadScale * b6 * VmaxGad * Glu / (KmGlu + Glu) / (1 + (c / KiGaba));
        var vgat = (VmaxVgat * c / (KmVgat + c)) - (KLeak * v);
        var release = KRel * fire * v;
        var gat1 = gat1Scale * VmaxGat1 * e / (KmGat + e);
        var glia = VmaxGlia * e / (KmGat + e);
        dydt[At.Cyt] = gad + gat1 - vgat - (gabaTScale * VmaxT * c / (KmT + c));
        dydt[At.Ves] = vgat - release;
        dydt[At.Ext] = release - gat1 - glia - (KDiff * e);
        dydt[At.Glia] = glia - (gabaTScale * VmaxTGlia * g / (KmT + g));
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Name}: firing {Firing.PerSecond:G3} Hz, GAD ×{gadScale:G3}, B6 ×{vitaminB6:G3}, GAT-1 ×{gat1Scale:G3}, GABA-T ×{gabaTScale:G3}, GABA-A sensitivity ×{sensitivity:G3}, allopregnanolone {Allopregnanolone}");

    private static readonly IReadOnlyList<ModelParameter> ParameterTable = BuildTable();

    private static ModelParameter[] BuildTable()
    {
        const EvidenceLevel E = EvidenceLevel.Illustrative;
        const string Est = "estimate: no published terminal model; chosen for a plausible steady state";
        return
        [
            new("glu", Glu, "µM", "cytosolic glutamate (held constant)", null, E, Est),
            new("Km_glu", KmGlu, "µM", "GAD Km for glutamate", null, E, Est),
            new("Vmax_GAD", VmaxGad, "µM/h", "GAD maximal rate", null, E, Est),
            new("Ki_GABA", KiGaba, "µM", "GAD end-product inhibition by GABA", null, E, Est),
            new("K_B6", KB6, "relative", "B6 (PLP) availability for half-saturated GAD holoenzyme", null, E, Est),
            new("Vmax_VGAT", VmaxVgat, "µM/h", "VGAT maximal rate", null, E, Est),
            new("Km_VGAT", KmVgat, "µM", "VGAT Km", null, E, Est),
            new("k_leak", KLeak, "1/h", "leak from vesicles", null, E, Est),
            new("k_rel", KRel, "1/h", "release per unit firing", null, E, Est),
            new("Vmax_GAT1", VmaxGat1, "µM/h", "GAT-1 maximal uptake into the terminal", null, E, Est),
            new("Km_GAT", KmGat, "µM", "GAT Km", null, E, "estimate inside the 2.5–11 µM of secondary sources (docs/sources.md: unverified)"),
            new("Vmax_glia", VmaxGlia, "µM/h", "glial GABA uptake", null, E, Est),
            new("k_diff", KDiff, "1/h", "diffusion out of the region", null, E, Est),
            new("Vmax_GABAT", VmaxT, "µM/h", "neuronal GABA-T", null, E, Est),
            new("Vmax_GABAT,glia", VmaxTGlia, "µM/h", "glial GABA-T", null, E, Est),
            new("Km_GABAT", KmT, "µM", "GABA-T Km", null, E, Est),
            new("ambient GABA (target)", 0.8, "µM", "design target for the steady state", References.Cite("glykys2007"), EvidenceLevel.Rodent, "reviewed range 0.2–2.5 µM, mouse hippocampus"),
            new("EC50 (GABA-A α1β2γ2L)", GabaAEc50.Micromolar, "µM", "GABA EC50", References.Cite("jahn1997"), EvidenceLevel.InVitro, "recombinant, HEK 293, ultra-fast application; 11.6 ± 0.9 µM"),
            new("n (GABA-A)", GabaAHillSlope, "1", "Hill slope", References.Cite("jahn1997"), EvidenceLevel.InVitro, "2.2 ± 0.4, fitted between 1 and 10 µM GABA"),
            new("M (allopregnanolone)", AllopregnanoloneMaxShift, "fold", "largest EC50 left-shift", References.Cite("carver2013"), E, "illustrative number; the source supports potentiation at low and direct activation at high concentrations, not this value"),
            new("K_allo", AllopregnanoloneHalfEffect.Micromolar, "µM", "allopregnanolone for half the shift", References.Cite("carver2013"), E, "illustrative number"),
        ];
    }
}
