using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>Lesson 03's learner charts of transmitter synthesis: enzyme saturation and where the terminal models operate on it.</summary>
public static class SynthesisCharts
{
    /// <summary>The default blood-precursor factors of <see cref="OperatingPoints"/>: a quarter to four times normal, 9 frames.</summary>
    public static IReadOnlyList<double> DefaultPrecursorFactors { get; } = [0.25, 0.35, 0.5, 0.71, 1, 1.41, 2, 2.83, 4];

    private const int CurvePoints = 121;
    private const double MaxSubstrateMicromolar = 300;

    /// <summary>
    /// Michaelis–Menten saturation curves v/V<sub>max</sub> against substrate for TPH (tryptophan) and TH (tyrosine),
    /// with a slider over the enzyme's K<sub>m</sub> (the same factor for both), and the model terminals' basal
    /// cytosolic substrate levels marked as vertical lines.
    /// </summary>
    /// <param name="kmFactors">Factors on both K<sub>m</sub> values, one frame each; default 0.25 to 4 (9 frames). Each in [0.01, 100]; 2 to 30 values.</param>
    /// <returns>The slider figure.</returns>
    /// <exception cref="ParameterOutOfRangeException">A factor is outside [0.01, 100].</exception>
    /// <exception cref="InvalidParameterException">Fewer than 2 or more than 30 factors.</exception>
    public static SliderFigure SaturationByKm(IReadOnlyList<double>? kmFactors = null)
    {
        var factors = CheckFactors(nameof(kmFactors), kmFactors, 0.01, 100);
        var x = Enumerable.Range(0, CurvePoints).Select(i => MaxSubstrateMicromolar * i / (CurvePoints - 1)).ToArray();
        var trp = SerotoninTerminal.Default.SteadyState()[SerotoninTerminal.Trp].Micromolar;
        var tyr = DopamineTerminal.Default.SteadyState()[DopamineTerminal.Tyr].Micromolar;
        var tph = SynthesisEnzymes.Tph.Value;
        var th = SynthesisEnzymes.Th.Value;
        var frames = factors.Select(f =>
        {
            var tphK = MichaelisMenten.Create(tph.Name, tph.Vmax, tph.Km * f);
            var thK = MichaelisMenten.Create(th.Name, th.Vmax, th.Km * f);
            return new SliderFrame(Format(f), [
                Curve($"TPH2, Km = {tphK.Km}", tphK, x),
                Curve($"TH, Km = {thK.Km}", thK, x),
                new Series(Inv($"model cytosolic tryptophan ({trp:F0} µM): TPH2 at {100 * SynthesisEnzymes.Saturation(tphK, Concentration.FromMicromolar(trp)):F0}%"), [trp, trp], [0, 1]),
                new Series(Inv($"model cytosolic tyrosine ({tyr:F0} µM): TH at {100 * SynthesisEnzymes.Saturation(thK, Concentration.FromMicromolar(tyr)):F0}%"), [tyr, tyr], [0, 1]),
            ]);
        });
        return new SliderFigure(
            "Michaelis–Menten saturation of the rate-limiting enzymes",
            $"Fraction of maximal rate, v/Vmax = [S]/(Km + [S]), for TPH2 (Km {tph.Km}) and TH (Km {th.Km}) from the terminal models (Best et al. 2010 code, Best et al. 2009; evidence level: model). " +
            "Vertical lines mark each model's basal cytosolic substrate: TPH2 sits on the steep part of its curve, TH on the shoulder (about three quarters saturated). Move the slider to change both Km values.",
            new Axis("Substrate (tryptophan or tyrosine)", "µM"),
            new Axis("Rate", "fraction of Vmax"),
            "Km (× model value)",
            frames,
            initialFrame: Array.IndexOf(factors, 1.0) is var i and >= 0 ? i : 0);
    }

    /// <summary>
    /// The terminal models' operating points on their enzyme's saturation curve as blood precursor changes:
    /// a slider over the blood tryptophan (serotonin terminal) and tyrosine (dopamine terminal) factor; each frame
    /// marks the steady-state cytosolic substrate and names the steady-state synthesis rate relative to basal.
    /// </summary>
    /// <param name="precursorFactors">Blood precursor factors, one frame each; default <see cref="DefaultPrecursorFactors"/>. Each in [<see cref="PrecursorResponse.MinFactor"/>, <see cref="PrecursorResponse.MaxFactor"/>]; 2 to 30 values.</param>
    /// <returns>The slider figure.</returns>
    /// <exception cref="ParameterOutOfRangeException">A factor is out of range.</exception>
    /// <exception cref="InvalidParameterException">Fewer than 2 or more than 30 factors.</exception>
    public static SliderFigure OperatingPoints(IReadOnlyList<double>? precursorFactors = null)
    {
        var factors = CheckFactors(nameof(precursorFactors), precursorFactors ?? DefaultPrecursorFactors, PrecursorResponse.MinFactor, PrecursorResponse.MaxFactor);
        var x = Enumerable.Range(0, CurvePoints).Select(i => MaxSubstrateMicromolar * i / (CurvePoints - 1)).ToArray();
        var tph = SynthesisEnzymes.Tph.Value;
        var th = SynthesisEnzymes.Th.Value;
        var ht = SerotoninTerminal.Default;
        var da = DopamineTerminal.Default;
        var htBasal = ht.SynthesisRate(ht.SteadyState());
        var daBasal = da.ThRate(da.SteadyState());
        var frames = factors.Select(f =>
        {
            var htModel = ht.WithBloodTryptophan(ht.BloodTryptophan * f);
            var htState = htModel.SteadyState();
            var daModel = da.WithBloodTyrosine(da.BloodTyrosine * f);
            var daState = daModel.SteadyState();
            var trp = htState[SerotoninTerminal.Trp];
            var tyr = daState[DopamineTerminal.Tyr];
            var s5 = htModel.SynthesisRate(htState) / htBasal;
            var sDa = daModel.ThRate(daState) / daBasal;
            return new SliderFrame(Format(f), [
                Curve($"TPH2 saturation (Km {tph.Km})", tph, x),
                Curve($"TH saturation (Km {th.Km})", th, x),
                new Series(Inv($"serotonin terminal: tryptophan {trp.Micromolar:F0} µM → 5-HT synthesis {100 * s5:F0}% of basal"), [trp.Micromolar, trp.Micromolar], [0, SynthesisEnzymes.Saturation(tph, trp)]),
                new Series(Inv($"dopamine terminal: tyrosine {tyr.Micromolar:F0} µM → DA synthesis {100 * sDa:F0}% of basal"), [tyr.Micromolar, tyr.Micromolar], [0, SynthesisEnzymes.Saturation(th, tyr)]),
            ]);
        });
        return new SliderFigure(
            "More blood precursor moves TPH2 along its curve, but not dopamine synthesis",
            "Each vertical line stands at the steady-state cytosolic precursor of a terminal model and rises to the enzyme's substrate saturation there. " +
            "The legend gives the model's whole synthesis rate, including cofactor, substrate-inhibition and feedback terms, relative to basal: 5-HT synthesis follows tryptophan, DA synthesis barely follows tyrosine. " +
            "The models have no competing amino acids at the blood–brain barrier, so this is not what a meal does: a protein meal did not raise rat brain tryptophan (Fernstrom & Wurtman 1972). " +
            "Models: Best, Nijhout & Reed 2009 and the Best 2010 structure (evidence level: model).",
            new Axis("Cytosolic substrate (tryptophan or tyrosine)", "µM"),
            new Axis("Substrate saturation", "fraction of Vmax"),
            "Blood precursor (× normal)",
            frames,
            initialFrame: Array.IndexOf(factors, 1.0) is var i and >= 0 ? i : 0);
    }

    private static Series Curve(string name, MichaelisMenten enzyme, double[] x) =>
        new(name, x, x.Select(s => SynthesisEnzymes.Saturation(enzyme, Concentration.FromMicromolar(s))));

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static string Format(double f) => "×" + f.ToString("G3", CultureInfo.InvariantCulture);

    internal static double[] CheckFactors(string paramName, IReadOnlyList<double>? factors, double min, double max)
    {
        var values = (factors ?? DefaultPrecursorFactors).ToArray();
        if (values.Length is < 2 or > 30)
        {
            throw new InvalidParameterException($"{paramName} needs 2 to 30 values (one slider frame each), but {values.Length} were given.", paramName);
        }

        foreach (var v in values)
        {
            CheckRange(paramName, v, min, max);
        }

        return values;
    }

    /// <summary>Rejects NaN, infinities and values outside [min, max], with the same message as the core library's checks.</summary>
    internal static void CheckRange(string paramName, double value, double min, double max)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < min || value > max)
        {
            throw new ParameterOutOfRangeException(paramName, value, $"{paramName} must be a finite number in the range [{Number(min)}, {Number(max)}], but was {Number(value)}.");
        }
    }

    /// <summary>Rejects a null argument, with the same message as the core library's checks.</summary>
    internal static T CheckNotNull<T>(string paramName, T? value)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName, $"{paramName} must not be null.");

    private static string Number(double value) => value switch
    {
        double.MaxValue => "∞",
        double.PositiveInfinity => "+∞",
        double.NegativeInfinity => "-∞",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };
}
