using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// The dopamine terminal of Best, Nijhout &amp; Reed 2009, complete: tyrosine supply and pool, the BH4/BH2
/// cofactor cycle, tyrosine hydroxylase (TH) with substrate inhibition, end-product inhibition and an
/// autoreceptor factor, AADC, VMAT packaging, firing-driven release, DAT reuptake, extracellular
/// catabolism and removal, and the HVA pool. Units: µM and hours. Immutable.
/// </summary>
/// <remarks>
/// <para>Rate laws (paper form; the SBML copy's VMAT and double-btyr errors are not reproduced):</para>
/// <code>
/// VTH   = (0.56/(1 + tyr/Ki_tyr))·A(eda)·Vmax_TH·tyr·bh4 / (tyr·bh4 + Ktyr·bh4 + Ktyr·Kbh4·(1 + cda/Ki_cda))
/// A(e)  = 4.5/(8·(e/0.002024)⁴ + 1) + 0.5                (autoreceptors; A ≡ 1 when switched off)
/// VDRR  = Vf·bh2·NADPH/((Kbh2+bh2)(Knadph+NADPH)) − Vb·bh4·NADP/((Kbh4+bh4)(Knadp+NADP))
/// VAADC = Vmax_AADC·ldopa/(Km_AADC + ldopa)
/// VMAT  = Vmax_VMAT·cda/(Km_VMAT + cda) − k_out·vda
/// VDAT  = Vmax_DAT·eda/(Km_DAT + eda);   VCAT = Vcat·eda/(Kcat + eda)
/// VTYRin = Vmax_in·btyr/(Km_in + btyr);  release = fire·vda
/// d bh4/dt = VDRR − VTH;  d bh2/dt = VTH − VDRR
/// d tyr/dt = VTYRin − VTH − k1·tyr + k_1·tyrpool − kcat_tyr·tyr
/// d tyrpool/dt = k1·tyr − k_1·tyrpool − kcat_pool·tyrpool
/// d ldopa/dt = VTH − VAADC
/// d cda/dt = VAADC − VMAT + VDAT − kcat_cda·cda
/// d vda/dt = VMAT − fire·vda
/// d eda/dt = fire·vda − VDAT − VCAT − k_rem·eda
/// d hva/dt = kcat_cda·cda + VCAT − k_hva·hva
/// </code>
/// <para>Scenario multipliers: <c>fire</c> (1 = basal 5 Hz), and scalings of Vmax_TH, Vmax_DAT,
/// kcat_cda (intracellular MAO) and Vmax_VMAT; blood tyrosine btyr.</para>
/// <para>Source: <see href="https://doi.org/10.1186/1742-4682-6-21"/>. Published steady state:
/// eda 0.002, vda 81, cda 2.65, tyr 126, ldopa 0.36, bh4 319, bh2 41 µM.</para>
/// </remarks>
public sealed class DopamineTerminal : TerminalModel
{
    /// <summary>The basal firing frequency the model's <c>fire = 1</c> stands for: 5 Hz.</summary>
    public static readonly Rate BasalFiring = Rate.FromPerSecond(5);

    /// <summary>The published blood tyrosine: 97 µM.</summary>
    public static readonly Concentration DefaultBloodTyrosine = Concentration.FromMicromolar(97);

    // Indices of the state vector.
    private static class At
    {
        public const int Tyr = 0, TyrPool = 1, Bh4 = 2, Bh2 = 3, Ldopa = 4, Cda = 5, Vda = 6, Eda = 7, Hva = 8;
    }

    // Best et al. 2009 constants (SBML values; NADPH/NADP from the same group's later code).
    private const double KTyr = 46, KBh4 = 60, KiTyr = 160, KiCda = 110, VmaxTh = 125;
    private const double KmAadc = 130, VmaxAadc = 10_000;
    private const double KmVmat = 3, VmaxVmat = 7082, KOut = 40;
    private const double KmDat = 0.2, VmaxDat = 8000;
    private const double KCat = 3, VCat = 30;
    private const double VfDrr = 200, VbDrr = 80;
    private const double KmIn = 64, VmaxIn = 400;
    private const double K1 = 6, KMinus1 = 0.6, KcatTyr = 0.2, KcatPool = 0.2, KcatCda = 10, KRem = 400, KHva = 3.45;
    private const double AutoreceptorReference = 0.002024;

    private readonly double fire = 1;
    private readonly double thScale = 1;
    private readonly double datScale = 1;
    private readonly double maoScale = 1;
    private readonly MaoSubstrateShare maoShare = MonoamineOxidase.DopamineRodentStriatum.Value;
    private readonly double maoAInhibition;
    private readonly double maoBInhibition;
    private readonly double maoRemaining = 1;
    private readonly double vmatScale = 1;
    private readonly double bloodTyrosine = 97;
    private readonly bool autoreceptors = true;

    private DopamineTerminal()
    {
    }

    private DopamineTerminal(DopamineTerminal other)
    {
        fire = other.fire;
        thScale = other.thScale;
        datScale = other.datScale;
        maoScale = other.maoScale;
        maoShare = other.maoShare;
        maoAInhibition = other.maoAInhibition;
        maoBInhibition = other.maoBInhibition;
        maoRemaining = other.maoRemaining;
        vmatScale = other.vmatScale;
        bloodTyrosine = other.bloodTyrosine;
        autoreceptors = other.autoreceptors;
        IntegrationOptions = other.IntegrationOptions;
    }

    private DopamineTerminal(DopamineTerminal other, double? fire = null, double? thScale = null, double? datScale = null, double? maoScale = null, double? vmatScale = null, double? bloodTyrosine = null, bool? autoreceptors = null, MaoSubstrateShare? maoShare = null, double? maoAInhibition = null, double? maoBInhibition = null)
        : this(other)
    {
        this.fire = fire ?? this.fire;
        this.thScale = thScale ?? this.thScale;
        this.datScale = datScale ?? this.datScale;
        this.maoScale = maoScale ?? this.maoScale;
        this.maoShare = maoShare ?? this.maoShare;
        this.maoAInhibition = maoAInhibition ?? this.maoAInhibition;
        this.maoBInhibition = maoBInhibition ?? this.maoBInhibition;
        maoRemaining = this.maoShare.RemainingActivity(this.maoAInhibition, this.maoBInhibition);
        this.vmatScale = vmatScale ?? this.vmatScale;
        this.bloodTyrosine = bloodTyrosine ?? this.bloodTyrosine;
        this.autoreceptors = autoreceptors ?? this.autoreceptors;
    }

    /// <summary>The state "tyr": cytosolic tyrosine, in µM.</summary>
    public static StateVariable<DopamineTerminal> Tyr { get; } = new("tyr", At.Tyr, "cytosolic tyrosine");

    /// <summary>The state "tyrpool": the tyrosine pool, in µM.</summary>
    public static StateVariable<DopamineTerminal> TyrPool { get; } = new("tyrpool", At.TyrPool, "the tyrosine pool");

    /// <summary>The state "bh4": tetrahydrobiopterin (BH4), in µM.</summary>
    public static StateVariable<DopamineTerminal> Bh4 { get; } = new("bh4", At.Bh4, "tetrahydrobiopterin (BH4)");

    /// <summary>The state "bh2": dihydrobiopterin (BH2), in µM.</summary>
    public static StateVariable<DopamineTerminal> Bh2 { get; } = new("bh2", At.Bh2, "dihydrobiopterin (BH2)");

    /// <summary>The state "ldopa": L-DOPA, in µM.</summary>
    public static StateVariable<DopamineTerminal> Ldopa { get; } = new("ldopa", At.Ldopa, "L-DOPA");

    /// <summary>The state "cda": cytosolic dopamine, in µM.</summary>
    public static StateVariable<DopamineTerminal> Cda { get; } = new("cda", At.Cda, "cytosolic dopamine");

    /// <summary>The state "vda": vesicular dopamine, in µM.</summary>
    public static StateVariable<DopamineTerminal> Vda { get; } = new("vda", At.Vda, "vesicular dopamine");

    /// <summary>The state "eda": extracellular dopamine, in µM.</summary>
    public static StateVariable<DopamineTerminal> Eda { get; } = new("eda", At.Eda, "extracellular dopamine");

    /// <summary>The state "hva": homovanillic acid (HVA), in µM.</summary>
    public static StateVariable<DopamineTerminal> Hva { get; } = new("hva", At.Hva, "homovanillic acid (HVA)");

    /// <summary>Gets every state variable, in state-vector order.</summary>
    public static IReadOnlyList<StateVariable<DopamineTerminal>> Variables { get; } = [Tyr, TyrPool, Bh4, Bh2, Ldopa, Cda, Vda, Eda, Hva];

    private static readonly string[] Names = [.. Variables.Select(v => v.Name)];

    /// <summary>Gets the published model: basal firing (5 Hz), blood tyrosine 97 µM, autoreceptors on, all scalings 1.</summary>
    public static DopamineTerminal Default { get; } = new();

    /// <inheritdoc />
    public override string Name => "Dopamine terminal (Best, Nijhout & Reed 2009)";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames => Names;

    /// <inheritdoc />
    public override IReadOnlyList<ModelParameter> Parameters => ParameterTable;

    /// <summary>Gets the published steady state (SBML initial values; tyrpool 943 and hva 7.7 µM computed from the parameters).</summary>
    public override TerminalState InitialGuess => State(126, 943, 319, 41, 0.36, 2.65, 81, 0.002, 7.7);

    /// <summary>Gets the firing rate relative to basal (1 = 5 Hz).</summary>
    public double RelativeFiring => fire;

    /// <summary>Gets the firing frequency.</summary>
    public Rate Firing => BasalFiring * fire;

    /// <summary>Gets the TH expression (Vmax_TH) multiplier.</summary>
    public double ThScale => thScale;

    /// <summary>Gets the DAT density (Vmax_DAT) multiplier.</summary>
    public double DatScale => datScale;

    /// <summary>Gets the intracellular catabolism (MAO, kcat_cda) multiplier (expression or activity of the lumped MAO step, e.g. from hormones); isoform-selective inhibition is separate, see <see cref="MaoRemainingActivity"/>.</summary>
    public double MaoScale => maoScale;

    /// <summary>Gets the split of the cytosolic-DA MAO flux between MAO-A and MAO-B; default <see cref="MonoamineOxidase.DopamineRodentStriatum"/> (f<sub>A</sub> = 0.9, illustrative).</summary>
    public MaoSubstrateShare MaoShare => maoShare;

    /// <summary>Gets the fraction of MAO-A activity removed by an inhibitor (0 = none).</summary>
    public double MaoAInhibition => maoAInhibition;

    /// <summary>Gets the fraction of MAO-B activity removed by an inhibitor (0 = none).</summary>
    public double MaoBInhibition => maoBInhibition;

    /// <summary>Gets the MAO activity left after isoform-selective inhibition, f<sub>A</sub>·(1 − i<sub>A</sub>) + (1 − f<sub>A</sub>)·(1 − i<sub>B</sub>); the cytosolic catabolism rate is kcat_cda × <see cref="MaoScale"/> × this.</summary>
    public double MaoRemainingActivity => maoRemaining;

    /// <summary>Gets the VMAT (Vmax_VMAT) multiplier.</summary>
    public double VmatScale => vmatScale;

    /// <summary>Gets the blood tyrosine concentration.</summary>
    public Concentration BloodTyrosine => Concentration.FromMicromolar(bloodTyrosine);

    /// <summary>Gets whether the extracellular-DA autoreceptor factor A(eda) acts on TH.</summary>
    public bool Autoreceptors => autoreceptors;

    /// <summary>This model with another firing frequency (release = fire·vda with fire = frequency / 5 Hz).</summary>
    /// <param name="frequency">The firing frequency. Range: 0 to 50 Hz. The paper's burst scenario is 15 Hz.</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ParameterOutOfRangeException">The frequency is outside [0, 50] Hz.</exception>
    public DopamineTerminal WithFiring(Rate frequency) =>
        new(this, fire: Preconditions.CheckRange(nameof(frequency), frequency.PerSecond, 0, 50, "Hz") / BasalFiring.PerSecond);

    /// <summary>This model with TH expression scaled (Vmax_TH × factor).</summary>
    /// <param name="factor">The multiplier. Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public DopamineTerminal WithThScale(double factor) => new(this, thScale: CheckScale(nameof(factor), factor));

    /// <summary>This model with DAT density scaled (Vmax_DAT × factor); 0.5 mimics a heterozygous DAT knockout.</summary>
    /// <param name="factor">The multiplier. Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public DopamineTerminal WithDatScale(double factor) => new(this, datScale: CheckScale(nameof(factor), factor));

    /// <summary>This model with intracellular catabolism (MAO; kcat_cda × factor) scaled.</summary>
    /// <param name="factor">The multiplier. Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public DopamineTerminal WithMaoScale(double factor) => new(this, maoScale: CheckScale(nameof(factor), factor));

    /// <summary>
    /// This model with isoform-selective MAO inhibition of cytosolic DA catabolism: kcat_cda × remaining, where
    /// remaining = f<sub>A</sub>·(1 − maoA) + (1 − f<sub>A</sub>)·(1 − maoB) (<see cref="MonoamineOxidase.RemainingActivity"/>).
    /// For example clorgyline (MAO-A): <c>WithMaoInhibition(0.9, 0)</c>; selegiline or rasagiline (MAO-B): <c>WithMaoInhibition(0, 0.9)</c>.
    /// </summary>
    /// <param name="maoA">Fraction of MAO-A activity removed. Range: 0 ≤ maoA ≤ 1.</param>
    /// <param name="maoB">Fraction of MAO-B activity removed. Range: 0 ≤ maoB ≤ 1.</param>
    /// <param name="share">The split of the DA MAO flux; null keeps this model's (default <see cref="MonoamineOxidase.DopamineRodentStriatum"/>,
    /// f<sub>A</sub> = 0.9, illustrative). Pass <see cref="MonoamineOxidase.DopamineHumanBasalGanglia"/> to see the human what-if, in which an MAO-B inhibitor matters more.</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ParameterOutOfRangeException">An inhibition is NaN, infinite or outside [0, 1].</exception>
    /// <remarks>Replaces any earlier inhibition (it describes a drug, not a cumulative change) and multiplies with
    /// <see cref="MaoScale"/>, so hormonal MAO changes and inhibitors combine in either order. Which isoform matters
    /// for dopamine depends on species and region: see <see cref="MonoamineOxidase"/>.</remarks>
    public DopamineTerminal WithMaoInhibition(double maoA, double maoB, MaoSubstrateShare? share = null) =>
        new(
            this,
            maoAInhibition: Preconditions.CheckRange(nameof(maoA), maoA, 0, 1),
            maoBInhibition: Preconditions.CheckRange(nameof(maoB), maoB, 0, 1),
            maoShare: share);

    /// <summary>This model with vesicular transport scaled (Vmax_VMAT × factor).</summary>
    /// <param name="factor">The multiplier. Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public DopamineTerminal WithVmatScale(double factor) => new(this, vmatScale: CheckScale(nameof(factor), factor));

    /// <summary>This model with another blood tyrosine concentration.</summary>
    /// <param name="bloodTyrosine">Blood tyrosine. Range: 0 to 10 mM.</param>
    /// <returns>The changed model.</returns>
    public DopamineTerminal WithBloodTyrosine(Concentration bloodTyrosine) =>
        new(this, bloodTyrosine: Preconditions.CheckRange(nameof(bloodTyrosine), bloodTyrosine.Micromolar, 0, 10_000, "µM"));

    /// <summary>This model with the autoreceptor feedback on TH switched on or off (off: A ≡ 1, its value at eda = 2.024 nM).</summary>
    /// <param name="on">Whether the feedback acts.</param>
    /// <returns>The changed model.</returns>
    public DopamineTerminal WithAutoreceptors(bool on) => new(this, autoreceptors: on);

    /// <summary>Scenario: heterozygous DAT knockout, modelled as half the DAT density (illustrative).</summary>
    /// <returns>The changed model.</returns>
    public DopamineTerminal HeterozygousDatKnockout() => WithDatScale(DatScale * 0.5);

    /// <summary>The autoreceptor factor A(eda) = 4.5/(8·(eda/0.002024)⁴ + 1) + 0.5 (Best et al. 2009).</summary>
    /// <param name="extracellularDopamine">Extracellular DA.</param>
    /// <returns>The factor, between 0.5 and 5; 1 at 2.024 nM.</returns>
    public static double AutoreceptorFactor(Concentration extracellularDopamine) => AutoreceptorFactor(extracellularDopamine.Micromolar);

    /// <summary>The TH rate, VTH: the rate of dopamine synthesis, in a given state of this model.</summary>
    /// <param name="state">A state of this model.</param>
    /// <returns>VTH.</returns>
    /// <exception cref="InvalidParameterException">The state belongs to a different model.</exception>
    public ConcentrationRate ThRate(TerminalState state) =>
        ConcentrationRate.FromMicromolarPerHour(Math.Max(0, Vth(CheckOwnState(nameof(state), state))));

    /// <inheritdoc />
    public override void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var tyr = y[At.Tyr];
        var bh4 = y[At.Bh4];
        var bh2 = y[At.Bh2];
        var cda = y[At.Cda];
        var vda = y[At.Vda];
        var eda = y[At.Eda];
        var vth = Vth(y);
        var vdrr = CofactorCycle.Drr(VfDrr, VbDrr, bh2, bh4);
        var vaadc = VmaxAadc * y[At.Ldopa] / (KmAadc + y[At.Ldopa]);
        var vmat = (vmatScale * VmaxVmat * cda / (KmVmat + cda)) - (KOut * vda);
        var vdat = datScale * VmaxDat * eda / (KmDat + eda);
        var vcat = VCat * eda / (KCat + eda);
        var vin = VmaxIn * bloodTyrosine / (KmIn + bloodTyrosine);
        var release = fire * vda;
        var kcda = maoScale * maoRemaining * KcatCda;
        dydt[At.Tyr] = vin - vth - (K1 * tyr) + (KMinus1 * y[At.TyrPool]) - (KcatTyr * tyr);
        dydt[At.TyrPool] = (K1 * tyr) - (KMinus1 * y[At.TyrPool]) - (KcatPool * y[At.TyrPool]);
        dydt[At.Bh4] = vdrr - vth;
        dydt[At.Bh2] = vth - vdrr;
        dydt[At.Ldopa] = vth - vaadc;
        dydt[At.Cda] = vaadc - vmat + vdat - (kcda * cda);
        dydt[At.Vda] = vmat - release;
        dydt[At.Eda] = release - vdat - vcat - (KRem * eda);
        dydt[At.Hva] = (kcda * cda) + vcat - (KHva * y[At.Hva]);
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Name}: firing {Firing.PerSecond:G3} Hz, TH ×{thScale:G3}, DAT ×{datScale:G3}, MAO ×{maoScale:G3}{MaoInhibitionText(maoAInhibition, maoBInhibition, maoShare)}, VMAT ×{vmatScale:G3}, blood tyrosine {BloodTyrosine}, autoreceptors {(autoreceptors ? "on" : "off")}");

    private static double AutoreceptorFactor(double edaMicromolar)
    {
        var r = edaMicromolar / AutoreceptorReference;
        return (4.5 / ((8 * r * r * r * r) + 1)) + 0.5;
    }

    private double Vth(ReadOnlySpan<double> y)
    {
        var tyr = y[At.Tyr];
        var bh4 = y[At.Bh4];
        var a = autoreceptors ? AutoreceptorFactor(y[At.Eda]) : 1.0;
        return 0.56 / (1 + (tyr / KiTyr)) * a * thScale * VmaxTh * tyr * bh4
            / ((tyr * bh4) + (KTyr * bh4) + (KTyr * KBh4 * (1 + (y[At.Cda] / KiCda))));
    }

    private static readonly IReadOnlyList<ModelParameter> ParameterTable = BuildTable();

    private static ModelParameter[] BuildTable()
    {
        var b = References.Cite("best2009");
        const EvidenceLevel M = EvidenceLevel.Model;
        return
        [
            new("Vmax_TH", VmaxTh, "µM/h", "TH maximal rate", b, M),
            new("Ktyr", KTyr, "µM", "TH Km for tyrosine", b, M, "within the measured 20–60 µM (Bailey et al. 1989)"),
            new("Kbh4", KBh4, "µM", "TH Km for BH4", b, M),
            new("Ki_tyr", KiTyr, "µM", "TH substrate inhibition by tyrosine", b, M),
            new("Ki_cda", KiCda, "µM", "TH inhibition by cytosolic DA", b, M),
            new("A(eda)", AutoreceptorReference, "µM", "autoreceptor reference eda in A = 4.5/(8(eda/0.002024)⁴+1)+0.5", b, M),
            new("Vmax_AADC", VmaxAadc, "µM/h", "AADC maximal rate", b, M),
            new("Km_AADC", KmAadc, "µM", "AADC Km for L-DOPA", b, M),
            new("Vmax_VMAT", VmaxVmat, "µM/h", "VMAT maximal rate", b, M),
            new("Km_VMAT", KmVmat, "µM", "VMAT Km", b, M),
            new("k_out", KOut, "1/h", "leak from vesicles", b, M),
            new("Vmax_DAT", VmaxDat, "µM/h", "DAT maximal uptake (2.2 µM/s)", b, M, "voltammetry-based model code uses 4 µM/s (dorsal striatum), 1.5 µM/s (accumbens)"),
            new("Km_DAT", KmDat, "µM", "DAT Km", b, M),
            new("Vcat", VCat, "µM/h", "extracellular catabolism (COMT) maximal rate", b, M),
            new("Kcat", KCat, "µM", "extracellular catabolism Km", b, M),
            new("Vf_DRR", VfDrr, "µM/h", "DRR forward maximal rate", b, M),
            new("Vb_DRR", VbDrr, "µM/h", "DRR backward maximal rate", b, M),
            new("Kbh2", CofactorCycle.KBh2, "µM", "DRR Km for BH2", b, M),
            new("Kbh4 (DRR)", CofactorCycle.KBh4, "µM", "DRR Km for BH4", b, M),
            new("Knadph", CofactorCycle.KNadph, "µM", "DRR Km for NADPH", b, M),
            new("Knadp", CofactorCycle.KNadp, "µM", "DRR Km for NADP", b, M),
            new("NADPH", CofactorCycle.Nadph, "µM", "NADPH, held constant", b, M, "not in the SBML; from the same group's later code"),
            new("NADP", CofactorCycle.Nadp, "µM", "NADP, held constant", b, M, "not in the SBML; from the same group's later code"),
            new("Vmax_in", VmaxIn, "µM/h", "tyrosine transport from blood, maximal rate", b, M),
            new("Km_in", KmIn, "µM", "tyrosine transport Km", b, M),
            new("btyr", 97, "µM", "blood tyrosine", b, M),
            new("k1", K1, "1/h", "tyrosine → pool", b, M),
            new("k_1", KMinus1, "1/h", "pool → tyrosine", b, M),
            new("kcat_tyr", KcatTyr, "1/h", "other uses of cytosolic tyrosine", b, M),
            new("kcat_pool", KcatPool, "1/h", "loss from the tyrosine pool", b, M),
            new("kcat_cda", KcatCda, "1/h", "cytosolic DA catabolism (MAO)", b, M),
            new("k_rem", KRem, "1/h", "removal of extracellular DA (diffusion, uptake elsewhere)", b, M),
            new("k_hva", KHva, "1/h", "HVA removal", b, M),
            new("fire", 1, "relative", "firing rate; 1 = basal 5 Hz, 3 = 15 Hz", b, M),
        ];
    }
}
