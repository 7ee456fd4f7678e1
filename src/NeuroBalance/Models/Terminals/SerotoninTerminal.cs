using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Models.Solvers;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// A serotonin (5-HT) terminal with the structure of Best, Nijhout &amp; Reed 2010: tryptophan transport and
/// pool, the BH4/BH2 cofactor cycle, tryptophan hydroxylase (TPH) with substrate inhibition, AADC, VMAT
/// packaging, firing-driven release, SERT reuptake with competitive SSRI inhibition, MAO, glial uptake and
/// removal, and 5-HT1B-type autoreceptors that inhibit synthesis and release through a G-protein
/// cascade. The cascade is from the group's later model (Best et al. 2020, doi:10.1186/s12868-020-00587-z):
/// in Best 2010 high extracellular 5-HT inhibited release instantaneously. Units: µM and hours. Immutable.
/// </summary>
/// <remarks>
/// <para>Rate laws:</para>
/// <code>
/// VTRPin = 700·btrp/(330 + btrp)
/// VTPH   = S(g)·Vmax_TPH·trp/(40 + trp + trp²/1000) · bh4/(20 + bh4)       (substrate inhibition)
/// VAADC  = 400·htp/(160 + htp);   VMAT = Vmax_VMAT·cht/(0.2 + cht) − 1·vht
/// release = 1.89·fire·R(g)·vht
/// VSERT  = density·250·eht/(0.060·(1 + ssri/Ki) + eht)                   (competitive SSRI)
/// VMAO   = 4000·cht/(95 + cht);   VUP2 = 0.01·1400·eht/(0.17 + eht)
/// autoreceptors: d bound/dt = 36·eht·(10 − bound) − 20·bound
///                d g/dt = 20·bound²·(10 − g) − 200·T·g;   d T/dt = 30·g²·(10 − T) − 200·T
/// S(g) = max(0, 1 − gain·0.1·(g − g₀)),  R(g) = max(0, 1 − gain·1.5·(g − g₀))
/// </code>
/// <para>g₀ is the activated G-protein level at the default model's own steady state, so the feedback
/// factors are 1 there and switching feedback off does not move the default steady state. Constants are those listed in docs/sources.md
/// (status "code": the Reed/Best group's public serotonin code, a descendant of Best et al. 2010) and
/// that code's remaining terminal constants; the tryptophan-pool exchange is an estimate fitted to that
/// code's steady state. It is a faithful structure, not a verified reproduction of Best 2010's numbers.</para>
/// <para>Simplifications: no reserve vesicle pool, SERT trafficking or histamine interactions; blood
/// tryptophan is a fixed input; glial 5-HT is catabolised at once (to 5-HIAA).</para>
/// <para>Known limit: with exactly no synthesis (TPH × 0 or blood tryptophan 0) the equilibrium at zero 5-HT
/// is degenerate (activated G-protein decays only as −300·g³), so <see cref="TerminalModel.SteadyState"/>
/// throws <see cref="NonConvergenceException"/>; any positive value (e.g. TPH × 1e-6) works, and
/// <see cref="TerminalModel.Respond"/> shows the time course.</para>
/// </remarks>
public sealed class SerotoninTerminal : TerminalModel
{
    /// <summary>The firing frequency that <c>fire = 1</c> stands for: 1 Hz (illustrative; tonic raphe firing is about 1–2 Hz).</summary>
    public static readonly Rate BasalFiring = Rate.FromPerSecond(1);

    /// <summary>The escitalopram Ki at SERT used by default: 27.6 nM (Reed/Best group code).</summary>
    public static readonly Concentration EscitalopramKi = Concentration.FromNanomolar(27.6);

    // Indices of the state vector.
    private static class At
    {
        public const int Trp = 0, Pool = 1, Bh4 = 2, Bh2 = 3, Htp = 4, Cht = 5, Vht = 6, Eht = 7, Hia = 8, Bound = 9, GStar = 10, TStar = 11;
    }

    private const double VmaxIn = 700, KmIn = 330, TrpRemoval = 2, PoolIn = 9.0, PoolOut = 0.6, PoolRemoval = 1;
    private const double VmaxTph = 278, KmTph = 40, KiTph = 1000, KmTphBh4 = 20;
    private const double VfDrr = 5000, VbDrr = 3;
    private const double VmaxAadc = 400, KmAadc = 160;
    private const double VmaxVmat = 1230, KmVmat = 0.2, KOut = 1;
    private const double ReleasePerFiring = 1.89;
    private const double VmaxSert = 250, KmSert = 0.060;
    private const double VmaxMao = 4000, KmMao = 95;
    private const double Up2Fraction = 0.01, VmaxUp2 = 1400, KmUp2 = 0.17;
    private const double EhtRemoval = 40, Leak = 1, HiaRemoval = 1;
    private const double A2 = 20, A3 = 200, A4 = 30, A5 = 200, A6 = 36, A7 = 20, G0 = 10, T0 = 10, B0 = 10;
    private const double SynthesisGain = 0.1, ReleaseGain = 1.5;

    private readonly double fire = 1;
    private readonly double tphScale = 1;
    private readonly double sertScale = 1;
    private readonly double maoScale = 1;
    private readonly MaoSubstrateShare maoShare = MonoamineOxidase.Serotonin.Value;
    private readonly double maoAInhibition;
    private readonly double maoBInhibition;
    private readonly double maoRemaining = 1;
    private readonly double bloodTryptophan = 96;
    private readonly double ssri;
    private readonly double ssriKi = 0.0276;
    private readonly double autoreceptorGain = 1;

    private SerotoninTerminal()
    {
    }

    private SerotoninTerminal(SerotoninTerminal o, double? fire = null, double? tphScale = null, double? sertScale = null, double? maoScale = null, double? bloodTryptophan = null, double? ssri = null, double? ssriKi = null, double? autoreceptorGain = null, MaoSubstrateShare? maoShare = null, double? maoAInhibition = null, double? maoBInhibition = null)
    {
        this.fire = fire ?? o.fire;
        this.tphScale = tphScale ?? o.tphScale;
        this.sertScale = sertScale ?? o.sertScale;
        this.maoScale = maoScale ?? o.maoScale;
        this.maoShare = maoShare ?? o.maoShare;
        this.maoAInhibition = maoAInhibition ?? o.maoAInhibition;
        this.maoBInhibition = maoBInhibition ?? o.maoBInhibition;
        maoRemaining = this.maoShare.RemainingActivity(this.maoAInhibition, this.maoBInhibition);
        this.bloodTryptophan = bloodTryptophan ?? o.bloodTryptophan;
        this.ssri = ssri ?? o.ssri;
        this.ssriKi = ssriKi ?? o.ssriKi;
        this.autoreceptorGain = autoreceptorGain ?? o.autoreceptorGain;
        IntegrationOptions = o.IntegrationOptions;
    }

    /// <summary>The state "trp": cytosolic tryptophan, in µM.</summary>
    public static StateVariable<SerotoninTerminal> Trp { get; } = new("trp", At.Trp, "cytosolic tryptophan");

    /// <summary>The state "trppool": the tryptophan pool, in µM.</summary>
    public static StateVariable<SerotoninTerminal> TrpPool { get; } = new("trppool", At.Pool, "the tryptophan pool");

    /// <summary>The state "bh4": tetrahydrobiopterin (BH4), in µM.</summary>
    public static StateVariable<SerotoninTerminal> Bh4 { get; } = new("bh4", At.Bh4, "tetrahydrobiopterin (BH4)");

    /// <summary>The state "bh2": dihydrobiopterin (BH2), in µM.</summary>
    public static StateVariable<SerotoninTerminal> Bh2 { get; } = new("bh2", At.Bh2, "dihydrobiopterin (BH2)");

    /// <summary>The state "htp": 5-hydroxytryptophan (5-HTP), in µM.</summary>
    public static StateVariable<SerotoninTerminal> Htp { get; } = new("htp", At.Htp, "5-hydroxytryptophan (5-HTP)");

    /// <summary>The state "cht": cytosolic serotonin, in µM.</summary>
    public static StateVariable<SerotoninTerminal> Cht { get; } = new("cht", At.Cht, "cytosolic serotonin");

    /// <summary>The state "vht": vesicular serotonin, in µM.</summary>
    public static StateVariable<SerotoninTerminal> Vht { get; } = new("vht", At.Vht, "vesicular serotonin");

    /// <summary>The state "eht": extracellular serotonin, in µM.</summary>
    public static StateVariable<SerotoninTerminal> Eht { get; } = new("eht", At.Eht, "extracellular serotonin");

    /// <summary>The state "hia": 5-HIAA, in µM.</summary>
    public static StateVariable<SerotoninTerminal> Hia { get; } = new("hia", At.Hia, "5-HIAA");

    /// <summary>The state "bound": occupied 5-HT autoreceptors (model units).</summary>
    public static StateVariable<SerotoninTerminal> Bound { get; } = new("bound", At.Bound, "occupied autoreceptors");

    /// <summary>The state "gstar": activated G protein of the autoreceptor cascade (model units).</summary>
    public static StateVariable<SerotoninTerminal> GStar { get; } = new("gstar", At.GStar, "activated G protein of the autoreceptor cascade");

    /// <summary>The state "tstar": the cascade's inactivating signal T (model units).</summary>
    public static StateVariable<SerotoninTerminal> TStar { get; } = new("tstar", At.TStar, "the cascade's inactivating signal");

    /// <summary>Gets every state variable, in state-vector order.</summary>
    public static IReadOnlyList<StateVariable<SerotoninTerminal>> Variables { get; } = [Trp, TrpPool, Bh4, Bh2, Htp, Cht, Vht, Eht, Hia, Bound, GStar, TStar];

    private static readonly string[] Names = [.. Variables.Select(v => v.Name)];

    // After the state names: calibrating runs the model.
    private static readonly double GStarReference = CalibrateReference();

    /// <summary>Gets the default terminal: basal firing, blood tryptophan 96 µM, no SSRI, autoreceptors fully active.</summary>
    public static SerotoninTerminal Default { get; } = new();

    /// <inheritdoc />
    public override string Name => "Serotonin terminal (structure of Best, Nijhout & Reed 2010)";

    /// <inheritdoc />
    public override IReadOnlyList<string> StateNames => Names;

    /// <inheritdoc />
    public override IReadOnlyList<ModelParameter> Parameters => ParameterTable;

    /// <summary>Gets the steady state of the Reed/Best group's code (where it has the same variables) as a starting point.</summary>
    public override TerminalState InitialGuess
    {
        get
        {
            var cascade = CascadeAt(0.0603);
            return State(20.16, 113.4, 0.9006, 0.0994, 1.609, 0.0373, 63.04, 0.0603, 1.68, cascade[0], cascade[1], cascade[2]);
        }
    }

    /// <summary>Gets the TPH expression (Vmax_TPH) multiplier.</summary>
    public double TphScale => tphScale;

    /// <summary>Gets the SERT density multiplier.</summary>
    public double SertScale => sertScale;

    /// <summary>Gets the MAO multiplier (expression or activity of the lumped MAO step, e.g. from hormones); isoform-selective inhibition is separate, see <see cref="MaoRemainingActivity"/>.</summary>
    public double MaoScale => maoScale;

    /// <summary>Gets the split of the 5-HT MAO flux between MAO-A and MAO-B; default <see cref="MonoamineOxidase.Serotonin"/> (f<sub>A</sub> = 0.9, illustrative).</summary>
    public MaoSubstrateShare MaoShare => maoShare;

    /// <summary>Gets the fraction of MAO-A activity removed by an inhibitor (0 = none).</summary>
    public double MaoAInhibition => maoAInhibition;

    /// <summary>Gets the fraction of MAO-B activity removed by an inhibitor (0 = none).</summary>
    public double MaoBInhibition => maoBInhibition;

    /// <summary>Gets the MAO activity left after isoform-selective inhibition, f<sub>A</sub>·(1 − i<sub>A</sub>) + (1 − f<sub>A</sub>)·(1 − i<sub>B</sub>); the MAO rate is V<sub>max,MAO</sub> × <see cref="MaoScale"/> × this.</summary>
    public double MaoRemainingActivity => maoRemaining;

    /// <summary>Gets the blood tryptophan concentration.</summary>
    public Concentration BloodTryptophan => Concentration.FromMicromolar(bloodTryptophan);

    /// <summary>Gets the free SSRI concentration at SERT.</summary>
    public Concentration Ssri => Concentration.FromMicromolar(ssri);

    /// <summary>Gets the autoreceptor gain: 1 = full feedback, 0 = none (fully desensitised or blocked).</summary>
    public double AutoreceptorGain => autoreceptorGain;

    /// <summary>Gets the firing frequency.</summary>
    public Rate Firing => BasalFiring * fire;

    /// <summary>This model with another firing frequency (fire = frequency / 1 Hz).</summary>
    /// <param name="frequency">Range: 0 to 20 Hz.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal WithFiring(Rate frequency) =>
        new(this, fire: Preconditions.CheckRange(nameof(frequency), frequency.PerSecond, 0, 20, "Hz") / BasalFiring.PerSecond);

    /// <summary>This model with TPH expression or activity scaled (Vmax_TPH × factor), e.g. a loss-of-function TPH2 variant.</summary>
    /// <param name="factor">Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal WithTphScale(double factor) => new(this, tphScale: CheckScale(nameof(factor), factor));

    /// <summary>This model with SERT density scaled (Vmax_SERT × factor), e.g. a low-expression SERT variant.</summary>
    /// <param name="factor">Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal WithSertScale(double factor) => new(this, sertScale: CheckScale(nameof(factor), factor));

    /// <summary>This model with MAO activity scaled (Vmax_MAO × factor).</summary>
    /// <param name="factor">Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal WithMaoScale(double factor) => new(this, maoScale: CheckScale(nameof(factor), factor));

    /// <summary>
    /// This model with isoform-selective MAO inhibition: V<sub>MAO</sub> × remaining, where
    /// remaining = f<sub>A</sub>·(1 − maoA) + (1 − f<sub>A</sub>)·(1 − maoB) (<see cref="MonoamineOxidase.RemainingActivity"/>).
    /// For example clorgyline or moclobemide (MAO-A): <c>WithMaoInhibition(0.9, 0)</c>; selegiline or rasagiline (MAO-B): <c>WithMaoInhibition(0, 0.9)</c>.
    /// </summary>
    /// <param name="maoA">Fraction of MAO-A activity removed. Range: 0 ≤ maoA ≤ 1.</param>
    /// <param name="maoB">Fraction of MAO-B activity removed. Range: 0 ≤ maoB ≤ 1.</param>
    /// <param name="share">The split of the 5-HT MAO flux; null keeps this model's (default <see cref="MonoamineOxidase.Serotonin"/>, f<sub>A</sub> = 0.9, illustrative).</param>
    /// <returns>The changed model.</returns>
    /// <exception cref="ParameterOutOfRangeException">An inhibition is NaN, infinite or outside [0, 1].</exception>
    /// <remarks>Replaces any earlier inhibition (like <see cref="WithSsri"/>, it describes a drug, not a cumulative change) and
    /// multiplies with <see cref="MaoScale"/>, so hormonal MAO changes and inhibitors combine in either order.</remarks>
    public SerotoninTerminal WithMaoInhibition(double maoA, double maoB, MaoSubstrateShare? share = null) =>
        new(
            this,
            maoAInhibition: Preconditions.CheckRange(nameof(maoA), maoA, 0, 1),
            maoBInhibition: Preconditions.CheckRange(nameof(maoB), maoB, 0, 1),
            maoShare: share);

    /// <summary>This model with another blood tryptophan concentration.</summary>
    /// <param name="bloodTryptophan">Range: 0 to 10 mM.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal WithBloodTryptophan(Concentration bloodTryptophan) =>
        new(this, bloodTryptophan: Preconditions.CheckRange(nameof(bloodTryptophan), bloodTryptophan.Micromolar, 0, 10_000, "µM"));

    /// <summary>This model with an SSRI at SERT: Km_app = Km·(1 + ssri/Ki) (competitive inhibition).</summary>
    /// <param name="ssri">Free SSRI concentration. Range: 0 to 100 µM.</param>
    /// <param name="ki">Its Ki at SERT; default escitalopram, 27.6 nM. Range: 1 pM to 1 mM.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal WithSsri(Concentration ssri, Concentration? ki = null) =>
        new(
            this,
            ssri: Preconditions.CheckRange(nameof(ssri), ssri.Micromolar, 0, 100, "µM"),
            ssriKi: Preconditions.CheckRange(nameof(ki), (ki ?? EscitalopramKi).Micromolar, 1e-6, 1000, "µM"));

    /// <summary>This model with the autoreceptor feedback scaled: 1 = full, 0 = off.</summary>
    /// <param name="gain">Range: 0 ≤ gain ≤ 1.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal WithAutoreceptorGain(double gain) =>
        new(this, autoreceptorGain: Preconditions.CheckRange(nameof(gain), gain, 0, 1));

    /// <summary>Scenario: acute tryptophan depletion, blood tryptophan × 0.25 (illustrative; depletion drinks lower plasma tryptophan by most of its value).</summary>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal TryptophanDepletion() => WithBloodTryptophan(BloodTryptophan * 0.25);

    /// <summary>Scenario: tryptophan loading, blood tryptophan × 2 (illustrative).</summary>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal TryptophanLoading() => WithBloodTryptophan(BloodTryptophan * 2);

    /// <summary>Scenario: acute SSRI, escitalopram at <paramref name="ssri"/> with the autoreceptors fully active.</summary>
    /// <param name="ssri">Free SSRI concentration. Range: 0 to 100 µM.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal AcuteSsri(Concentration ssri) => WithSsri(ssri);

    /// <summary>
    /// Scenario: sustained SSRI (weeks), modelled as the same SSRI with the autoreceptor gain cut to 0.3
    /// (illustrative stand-in for 5-HT1A/1B desensitisation; see the receptor-adaptation models for its time course).
    /// </summary>
    /// <param name="ssri">Free SSRI concentration. Range: 0 to 100 µM.</param>
    /// <returns>The changed model.</returns>
    public SerotoninTerminal SustainedSsri(Concentration ssri) => WithSsri(ssri).WithAutoreceptorGain(0.3);

    /// <summary>The 5-HT synthesis rate (VTPH) in a given state of this model.</summary>
    /// <param name="state">A state of this model.</param>
    /// <returns>VTPH.</returns>
    /// <exception cref="InvalidParameterException">The state belongs to a different model.</exception>
    public ConcentrationRate SynthesisRate(TerminalState state) =>
        ConcentrationRate.FromMicromolarPerHour(Math.Max(0, Vtph(CheckOwnState(nameof(state), state))));

    /// <summary>The SERT occupancy by the SSRI, ssri/(ssri + Ki), for display.</summary>
    public double SertOccupancy => ssri / (ssri + ssriKi);

    /// <inheritdoc />
    public override void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var trp = y[At.Trp];
        var bh4 = y[At.Bh4];
        var bh2 = y[At.Bh2];
        var cht = y[At.Cht];
        var vht = y[At.Vht];
        var eht = y[At.Eht];
        var g = y[At.GStar];
        var vtph = Vtph(y);
        var vdrr = CofactorCycle.Drr(VfDrr, VbDrr, bh2, bh4);
        var vaadc = VmaxAadc * y[At.Htp] / (KmAadc + y[At.Htp]);
        var vmat = (VmaxVmat * cht / (KmVmat + cht)) - (KOut * vht);
        var release = ReleasePerFiring * fire * Math.Max(0, 1 - (autoreceptorGain * ReleaseGain * (g - GStarReference))) * vht;
        var vsert = sertScale * VmaxSert * eht / ((KmSert * (1 + (ssri / ssriKi))) + eht);
        var vmao = maoScale * maoRemaining * VmaxMao * cht / (KmMao + cht);
        var vup2 = Up2Fraction * VmaxUp2 * eht / (KmUp2 + eht);
        var leak = Leak * (cht - eht);
        var pool = (PoolIn * trp) - (PoolOut * y[At.Pool]);
        dydt[At.Trp] = (VmaxIn * bloodTryptophan / (KmIn + bloodTryptophan)) - vtph - pool - (TrpRemoval * trp);
        dydt[At.Pool] = pool - (PoolRemoval * y[At.Pool]);
        dydt[At.Bh4] = vdrr - vtph;
        dydt[At.Bh2] = vtph - vdrr;
        dydt[At.Htp] = vtph - vaadc;
        dydt[At.Cht] = vaadc - vmat + vsert - vmao - leak;
        dydt[At.Vht] = vmat - release;
        dydt[At.Eht] = release - vsert - vup2 - (EhtRemoval * eht) + leak;
        dydt[At.Hia] = vmao + vup2 - (HiaRemoval * y[At.Hia]);
        Cascade(eht, y[At.Bound], g, y[At.TStar], dydt.Slice(At.Bound, 3));
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Name}: firing {Firing.PerSecond:G3} Hz, TPH ×{tphScale:G3}, SERT ×{sertScale:G3}, MAO ×{maoScale:G3}{MaoInhibitionText(maoAInhibition, maoBInhibition, maoShare)}, blood tryptophan {BloodTryptophan}, SSRI {Ssri}, autoreceptor gain {autoreceptorGain:G3}");

    private double Vtph(ReadOnlySpan<double> y)
    {
        var trp = y[At.Trp];
        var bh4 = y[At.Bh4];
        var s = Math.Max(0, 1 - (autoreceptorGain * SynthesisGain * (y[At.GStar] - GStarReference)));
        return s * tphScale * VmaxTph * trp / (KmTph + trp + (trp * trp / KiTph)) * (bh4 / (KmTphBh4 + bh4));
    }

    private static void Cascade(double eht, double bound, double g, double tStar, Span<double> d)
    {
        d[0] = (A6 * eht * (B0 - bound)) - (A7 * bound);
        d[1] = (A2 * bound * bound * (G0 - g)) - (A3 * tStar * g);
        d[2] = (A4 * g * g * (T0 - tStar)) - (A5 * tStar);
    }

    /// <summary>
    /// g₀: the activated G-protein level at the default model's own steady state, found with the feedback
    /// factors held at 1 (gain 0), so that switching the feedback on does not move the default steady state.
    /// </summary>
    private static double CalibrateReference()
    {
        var open = new SerotoninTerminal(new SerotoninTerminal(), autoreceptorGain: 0);
        var y = SteadyStateFinder.Find(open.Derivatives, open.InitialGuess.ToArray());
        return y[At.GStar];
    }

    /// <summary>The steady state (bound, g*, T*) of the autoreceptor cascade at a fixed extracellular 5-HT.</summary>
    private static double[] CascadeAt(double eht) =>
        SteadyStateFinder.Find((_, y, d) => Cascade(eht, y[0], y[1], y[2], d), [1.0, 0.86, 1.0]);

    private static readonly IReadOnlyList<ModelParameter> ParameterTable = BuildTable();

    private static ModelParameter[] BuildTable()
    {
        var b = References.Cite("best2010");

        // Best 2010 modelled the autoreceptor as high extracellular 5-HT inhibiting release at once; the
        // receptor → G-protein → T-protein cascade and its gains come from the group's 2020 model and code.
        var cascade = References.Cite("best2020");
        const EvidenceLevel M = EvidenceLevel.Model;
        const EvidenceLevel E = EvidenceLevel.Illustrative;
        const string Code = "Reed/Best group public serotonin code (descendant of Best et al. 2010); docs/sources.md status: code";
        return
        [
            new("Vmax_in", VmaxIn, "µM/h", "tryptophan transport into the terminal, maximal rate", b, M, Code),
            new("Km_in", KmIn, "µM", "tryptophan transport Km (effective, with competing amino acids)", b, M, Code),
            new("btrp", 96, "µM", "blood tryptophan", b, M, Code),
            new("k_trp", TrpRemoval, "1/h", "other uses of cytosolic tryptophan", b, M, Code),
            new("k_pool_in", PoolIn, "1/h", "tryptophan → pool", b, E, "estimate: fitted so the pool matches the code's steady state (113 µM at trp 20 µM)"),
            new("k_pool_out", PoolOut, "1/h", "pool → tryptophan", b, E, "estimate, borrowed from the dopamine model's k_-1"),
            new("k_pool_loss", PoolRemoval, "1/h", "loss from the pool", b, M, Code),
            new("Vmax_TPH", VmaxTph, "µM/h", "TPH maximal rate", b, M, Code),
            new("Km_TPH(trp)", KmTph, "µM", "TPH Km for tryptophan", b, M, "Haavik, as cited in the code"),
            new("Ki_TPH(trp)", KiTph, "µM", "TPH substrate inhibition constant", b, M, "Haavik (970 µM), as cited in the code"),
            new("Km_TPH(BH4)", KmTphBh4, "µM", "TPH Km for BH4", b, M, "Haavik, as cited in the code"),
            new("BH4 + BH2", 1, "µM", "total biopterin (conserved)", b, M, Code),
            new("Vf_DRR", VfDrr, "µM/h", "DRR forward maximal rate (BH2 → BH4)", b, M, Code + "; Km values and NADPH/NADP as in the dopamine model"),
            new("Vb_DRR", VbDrr, "µM/h", "DRR backward maximal rate", b, M, Code),
            new("Vmax_AADC", VmaxAadc, "µM/h", "AADC maximal rate (5-HTP)", b, M, Code),
            new("Km_AADC", KmAadc, "µM", "AADC Km for 5-HTP", b, M, Code),
            new("Vmax_VMAT", VmaxVmat, "µM/h", "VMAT maximal rate", b, M, Code),
            new("Km_VMAT", KmVmat, "µM", "VMAT Km", b, M, Code),
            new("k_out", KOut, "1/h", "leak from vesicles", b, M, Code),
            new("k_rel", ReleasePerFiring, "1/h", "release per unit firing", b, M, Code),
            new("Vmax_SERT", VmaxSert, "µM/h", "SERT maximal uptake", b, M, Code),
            new("Km_SERT", KmSert, "µM", "SERT apparent Km", b, M, Code),
            new("Ki_escitalopram", 0.0276, "µM", "escitalopram Ki at SERT", b, M, Code + "; 1.1 nM in vitro"),
            new("Vmax_MAO", VmaxMao, "µM/h", "MAO maximal rate (cytosolic 5-HT)", b, M, Code),
            new("Km_MAO", KmMao, "µM", "MAO Km", b, M, Code),
            new("Vmax_UP2", VmaxUp2, "µM/h", "uptake-2 (low-affinity, glial) maximal rate", b, M, Code),
            new("f_UP2", Up2Fraction, "1", "uptake-2 share that acts on extracellular 5-HT (VUP2 = f·Vmax_UP2·eht/(Km_UP2 + eht))", b, M, Code),
            new("Km_UP2", KmUp2, "µM", "uptake-2 Km (Bunin & Wightman 1998, as cited in the code)", b, M, Code),
            new("k_leak", Leak, "1/h", "passive leak between cytosolic and extracellular 5-HT, k·(cht − eht)", b, M, Code),
            new("k_rem", EhtRemoval, "1/h", "removal of extracellular 5-HT", b, M, Code),
            new("k_hia", HiaRemoval, "1/h", "5-HIAA removal", b, M, Code),
            new("autoreceptor cascade", A6, "1/(µM·h)", "5-HT binding to autoreceptors (a6); other cascade rates a2 20, a3 200, a4 30, a5 200, a7 20; totals 10", cascade, M, Code),
            new("S gain", SynthesisGain, "per unit g*", "synthesis inhibition per unit activated G-protein", cascade, M, Code),
            new("R gain", ReleaseGain, "per unit g*", "release inhibition per unit activated G-protein", cascade, M, Code),
            new("fire", 1, "relative", "firing; 1 ↔ 1 Hz", b, E, "illustrative mapping to Hz"),
        ];
    }
}
