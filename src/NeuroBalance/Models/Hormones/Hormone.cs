namespace NeuroBalance.Models.Hormones;

/// <summary>The hormones of the modulation layer.</summary>
public enum Hormone
{
    /// <summary>17β-estradiol.</summary>
    Estradiol,

    /// <summary>Progesterone.</summary>
    Progesterone,

    /// <summary>Allopregnanolone, the neurosteroid metabolite of progesterone.</summary>
    Allopregnanolone,

    /// <summary>Testosterone (and its metabolite DHT).</summary>
    Testosterone,

    /// <summary>Triiodothyronine, the active thyroid hormone.</summary>
    T3,
}
