package org.civitas.reporting.internal.instruction;

import java.util.List;
import org.civitas.reporting.InstructionSubject;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Instructions extends JpaRepository<Instruction, Long> {

    List<Instruction> findBySubjectAndSubjectIdOrderByInstructedOnDescIdDesc(
            InstructionSubject subject, long subjectId);

    List<Instruction> findAllByOrderByInstructedOnDescIdDesc();
}
