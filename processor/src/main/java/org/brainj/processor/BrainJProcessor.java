package org.brainj.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.OdeSystem;
import org.brainj.annotations.SynGroup;
import org.brainj.processor.emit.java.JavaGroupEmitter;
import org.brainj.processor.emit.java.JavaSynapseEmitter;
import org.brainj.processor.emit.java.JavaSystemEmitter;
import org.brainj.processor.emit.opencl.OpenClGroupEmitter;
import org.brainj.processor.emit.opencl.OpenClSynapseEmitter;
import org.brainj.processor.emit.vector.VectorGroupEmitter;
import org.brainj.processor.emit.vector.VectorSynapseEmitter;
import org.brainj.processor.extract.Diagnostics;
import org.brainj.processor.extract.ModelExtractor;
import org.brainj.processor.model.NeuronModel;

/**
 * The BrainJ annotation processor: for every {@code @NeuGroup}, {@code @SynGroup} and
 * {@code @OdeSystem} class, reads the model (method bodies included) through the compiler Tree
 * API, checks it, and generates its group, synapse or system class.
 *
 * <p>Pipeline: {@link ModelExtractor} (trees to IR) → transformations (integrator expansion) →
 * {@link JavaGroupEmitter}, {@link JavaSynapseEmitter} or {@link JavaSystemEmitter} (IR to
 * Java). Where the compilation can see {@code jdk.incubator.vector} ({@code --add-modules
 * jdk.incubator.vector}) and the option {@code -Abrainj.vector=false} is not given, each neuron
 * group also gets its Vector API kernels ({@link VectorGroupEmitter}). Every neuron group gets
 * its OpenCL C kernels, a {@code .cl} resource, and their layout ({@link OpenClGroupEmitter});
 * every synapse model its OpenCL spike-delivery kernel, or the reason it has none
 * ({@link OpenClSynapseEmitter}).
 */
@AutoService(Processor.class)
public final class BrainJProcessor extends AbstractProcessor {
  /** Processor option: {@code -Abrainj.vector=false} turns the Vector API kernels off. */
  public static final String VECTOR_OPTION = "brainj.vector";

  private Trees trees;
  private boolean vectorKernels;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException e) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "BrainJ needs javac's Tree API to read model bodies; this compiler does not provide it");
    }
    vectorKernels = !"false".equals(env.getOptions().get(VECTOR_OPTION))
        && env.getElementUtils().getTypeElement("jdk.incubator.vector.DoubleVector") != null;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(VECTOR_OPTION);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(NeuGroup.class.getCanonicalName(), SynGroup.class.getCanonicalName(),
        OdeSystem.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (trees == null) {
      return false;
    }
    Diagnostics diag = new Diagnostics(trees, processingEnv.getMessager());
    ModelExtractor extractor = new ModelExtractor(processingEnv, trees, diag);
    Set<Element> models = new java.util.LinkedHashSet<>();
    models.addAll(round.getElementsAnnotatedWith(NeuGroup.class));
    models.addAll(round.getElementsAnnotatedWith(SynGroup.class));
    models.addAll(round.getElementsAnnotatedWith(OdeSystem.class));
    for (Element e : models) {
      if (!(e instanceof TypeElement type)) {
        continue;
      }
      NeuronModel model = extractor.extract(type);
      if (model == null) {
        continue;
      }
      try {
        var file = model.synapse() ? new JavaSynapseEmitter(model).emit()
            : model.system() ? new JavaSystemEmitter(model).emit()
            : new JavaGroupEmitter(model).emit();
        file.writeTo(processingEnv.getFiler());
        if (vectorKernels && !model.synapse() && !model.system()) {
          new VectorGroupEmitter(model).emit().writeTo(processingEnv.getFiler());
          new VectorGroupEmitter(model, true).emit().writeTo(processingEnv.getFiler());
        }
        if (vectorKernels && model.synapse()) {
          new VectorSynapseEmitter(model).emit().writeTo(processingEnv.getFiler());
          new VectorSynapseEmitter(model, true).emit().writeTo(processingEnv.getFiler());
        }
        if (!model.synapse() && !model.system()) {
          new OpenClGroupEmitter(model).writeTo(processingEnv.getFiler(), type);
        }
        if (model.synapse()) {
          new OpenClSynapseEmitter(model).writeTo(processingEnv.getFiler(), type);
        }
      } catch (IOException | RuntimeException ex) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            "BrainJ could not generate " + model.groupName() + ": " + ex, type);
      }
    }
    return false;
  }
}
