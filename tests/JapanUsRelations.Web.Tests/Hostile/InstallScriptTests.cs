using System.Diagnostics;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// <c>tests/install-chromium.sh</c> (run by the test command) with a stand-in <c>apt-get</c> on the PATH: a locked
/// apt-get is retried and, when it stays locked or fails otherwise, apt-get's own error is shown.
/// </summary>
public class InstallScriptTests
{
    private static async Task<(int Exit, string Output, int Calls)> Run(string fakeAptGet)
    {
        string bin = Path.Combine(Path.GetTempPath(), "jur-apt-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(bin);
        try
        {
            string apt = Path.Combine(bin, "apt-get");
            await File.WriteAllTextAsync(apt, "#!/usr/bin/env bash\necho call >> \"" + Path.Combine(bin, "calls") + "\"\n" + fakeAptGet + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(apt, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "tests", "install-chromium.sh")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
            start.Environment["APT_ATTEMPTS"] = "3";
            start.Environment["APT_RETRY_DELAY"] = "0";
            using var process = Process.Start(start)!;
            string output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            string calls = Path.Combine(bin, "calls");
            return (process.ExitCode, output, File.Exists(calls) ? File.ReadAllLines(calls).Length : 0);
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }

    [Fact]
    public async Task A_locked_apt_get_is_retried_and_its_lock_error_shown()
    {
        var (exit, output, calls) = await Run("echo 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)' >&2; exit 100");
        exit.Should().Be(1);
        calls.Should().Be(3, "each of the three attempts calls apt-get update once");
        output.Should().Contain("attempt 1 of 3").And.Contain("attempt 2 of 3")
            .And.Contain("apt: E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)");
    }

    [Fact]
    public async Task A_failing_apt_get_shows_its_own_error_instead_of_a_bare_could_not_install()
    {
        var (exit, output, calls) = await Run("echo 'E: Unable to locate package chromium' >&2; exit 100");
        exit.Should().Be(1);
        calls.Should().Be(1, "an error that is not a lock is not retried");
        output.Should().Contain("apt: E: Unable to locate package chromium");
    }

    [Fact]
    public async Task A_working_apt_get_installs_on_the_first_attempt()
    {
        var (exit, output, _) = await Run("exit 0");
        exit.Should().Be(0);
        output.Should().Contain("Chromium installed.");
    }
}
