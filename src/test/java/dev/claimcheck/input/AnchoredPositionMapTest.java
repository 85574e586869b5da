package dev.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claimcheck.input.AnchoredPositionMap.Anchor;
import dev.claimcheck.text.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchoredPositionMapTest {

  @Test
  void mapsEachOffsetToTheBlockStartingAtOrBeforeIt() {
    AnchoredPositionMap map = new AnchoredPositionMap(List.of(
        new Anchor(0, new Position(10, 5)),
        new Anchor(20, new Position(12, 1)),
        new Anchor(40, new Position(30, 7))));
    assertEquals(new Position(10, 5), map.positionOf(0));
    assertEquals(new Position(10, 5), map.positionOf(19));
    assertEquals(new Position(12, 1), map.positionOf(20));
    assertEquals(new Position(12, 1), map.positionOf(39));
    assertEquals(new Position(30, 7), map.positionOf(1000));
  }

  @Test
  void offsetsBeforeTheFirstAnchorUseIt() {
    AnchoredPositionMap map = new AnchoredPositionMap(List.of(new Anchor(5, new Position(3, 2))));
    assertEquals(new Position(3, 2), map.positionOf(0));
  }

  @Test
  void emptyMapPointsAtTheStart() {
    assertEquals(new Position(1, 1), new AnchoredPositionMap(List.of()).positionOf(42));
  }

  @Test
  void refusesAnchorsOutOfOrder() {
    assertThrows(IllegalArgumentException.class, () -> new AnchoredPositionMap(List.of(
        new Anchor(5, new Position(1, 1)), new Anchor(2, new Position(2, 1)))));
  }
}
