package dev.claimcheck.registry;

import java.util.List;
import java.util.stream.Collectors;

/** A registry that cannot be used: each problem names its file:line:col. */
public final class RegistryException extends Exception {
  private final List<RegistryProblem> problems;

  public RegistryException(List<RegistryProblem> problems) {
    super(problems.stream().map(RegistryProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public RegistryException(RegistryProblem problem) {
    this(List.of(problem));
  }

  public List<RegistryProblem> problems() {
    return problems;
  }
}
