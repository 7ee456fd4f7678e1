namespace NeuroBalance.Content;

/// <summary>A role a transmitter system plays, in one area (mood, sleep, cognition, stress, …).</summary>
/// <param name="Area">The area: mood, sleep, cognition, stress, reward, movement, appetite, excitability, arousal, learning or pain.</param>
/// <param name="Claim">What the system does there, with its sources.</param>
public sealed record TransmitterFunction(string Area, Claim Claim)
{
    /// <summary>The allowed areas.</summary>
    public static IReadOnlyList<string> Areas { get; } =
        ["mood", "sleep", "cognition", "stress", "reward", "movement", "appetite", "excitability", "arousal", "learning", "pain"];

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Area}: {Claim}");
}
